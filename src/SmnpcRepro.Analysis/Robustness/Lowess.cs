namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// Cleveland's (1979) robust locally weighted regression as R's <c>lowess(x, y, f, iter, delta)</c> (its C
/// routine <c>clowess</c>): tricube-weighted local lines over the nearest f·n points, then
/// <paramref name="iterations"/> robustness passes with bisquare weights of the residuals, points closer
/// than delta to the last fitted one interpolated. Used to draw the trend through scaled Schoenfeld
/// residuals.
/// </summary>
public static class Lowess
{
    /// <summary>The smooth at each x, the points sorted by x first (as R returns them).</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Ordinates, as many.</param>
    /// <param name="span">f, the share of points in each local fit; R's default 2/3.</param>
    /// <param name="iterations">Robustness passes; R's default 3.</param>
    /// <returns>The sorted x and the smoothed y.</returns>
    public static (double[] X, double[] Y) Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, double span = 2.0 / 3.0, int iterations = 3)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values, y {y.Count}.", nameof(y));
        }

        var n = x.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ThenBy(i => i).ToArray();
        var xs = order.Select(i => x[i]).ToArray();
        var ys = order.Select(i => y[i]).ToArray();
        if (n == 0)
        {
            return (xs, ys);
        }

        var delta = 0.01 * (xs[^1] - xs[0]);
        return (xs, Smooth(xs, ys, span, iterations, delta));
    }

    private static double[] Smooth(double[] x, double[] y, double f, int steps, double delta)
    {
        var n = x.Length;
        var smooth = new double[n];
        if (n < 2)
        {
            smooth[0] = y[0];
            return smooth;
        }

        var ns = Math.Max(Math.Min((int)((f * n) + 1e-7), n), 2);
        var robustness = new double[n];
        var residuals = new double[n];
        var weights = new double[n];
        for (var iteration = 1; iteration <= steps + 1; iteration++)
        {
            var left = 0;
            var right = ns - 1;
            var last = -1;
            var i = 0;
            while (true)
            {
                if (right < n - 1 && x[i] - x[left] > x[right + 1] - x[i])
                {
                    left++;
                    right++;
                    continue;
                }

                if (!LocalFit(x, y, x[i], out smooth[i], left, right, weights, iteration > 1, robustness))
                {
                    smooth[i] = y[i];
                }

                if (last < i - 1)
                {
                    var denominator = x[i] - x[last];
                    for (var j = last + 1; j < i; j++)
                    {
                        var alpha = (x[j] - x[last]) / denominator;
                        smooth[j] = (alpha * smooth[i]) + ((1 - alpha) * smooth[last]);
                    }
                }

                last = i;
                var cut = x[last] + delta;
                for (i = last + 1; i < n; i++)
                {
                    if (x[i] > cut)
                    {
                        break;
                    }

                    if (x[i] == x[last])
                    {
                        smooth[i] = smooth[last];
                        last = i;
                    }
                }

                i = Math.Max(last + 1, i - 1);
                if (last >= n - 1)
                {
                    break;
                }
            }

            var scale = 0.0;
            for (var k = 0; k < n; k++)
            {
                residuals[k] = y[k] - smooth[k];
                scale += Math.Abs(residuals[k]);
            }

            scale /= n;
            if (iteration > steps)
            {
                break;
            }

            var absolute = residuals.Select(Math.Abs).ToArray();
            Array.Sort(absolute);
            var m1 = n / 2;
            var cmad = n % 2 == 0 ? 3 * (absolute[m1] + absolute[n - m1 - 1]) : 6 * absolute[m1];
            if (cmad < 1e-7 * scale)
            {
                break;
            }

            var c9 = 0.999 * cmad;
            var c1 = 0.001 * cmad;
            for (var k = 0; k < n; k++)
            {
                var r = Math.Abs(residuals[k]);
                robustness[k] = r <= c1 ? 1 : r <= c9 ? Math.Pow(1 - ((r / cmad) * (r / cmad)), 2) : 0;
            }
        }

        return smooth;
    }

    /// <summary>clowess's <c>lowest</c>: the weighted local line through points left … right, evaluated at <paramref name="at"/>.</summary>
    private static bool LocalFit(double[] x, double[] y, double at, out double fitted, int left, int right, double[] w, bool useRobustness, double[] robustness)
    {
        var n = x.Length;
        var range = x[n - 1] - x[0];
        var h = Math.Max(at - x[left], x[right] - at);
        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var a = 0.0;
        var j = left;
        while (j < n)
        {
            w[j] = 0;
            var r = Math.Abs(x[j] - at);
            if (r <= h9)
            {
                w[j] = r <= h1 ? 1 : Math.Pow(1 - Math.Pow(r / h, 3), 3);
                if (useRobustness)
                {
                    w[j] *= robustness[j];
                }

                a += w[j];
            }
            else if (x[j] > at)
            {
                break;
            }

            j++;
        }

        var last = j - 1;
        fitted = 0;
        if (a <= 0)
        {
            return false;
        }

        for (j = left; j <= last; j++)
        {
            w[j] /= a;
        }

        if (h > 0)
        {
            a = 0;
            for (j = left; j <= last; j++)
            {
                a += w[j] * x[j];
            }

            var b = at - a;
            var c = 0.0;
            for (j = left; j <= last; j++)
            {
                c += w[j] * (x[j] - a) * (x[j] - a);
            }

            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (j = left; j <= last; j++)
                {
                    w[j] *= (b * (x[j] - a)) + 1;
                }
            }
        }

        for (j = left; j <= last; j++)
        {
            fitted += w[j] * y[j];
        }

        return true;
    }
}
