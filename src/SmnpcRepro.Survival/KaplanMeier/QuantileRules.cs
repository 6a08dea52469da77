namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// The quantile rules of R's survival package (<c>survmean</c>'s <c>minmin</c> for the printed median,
/// <c>quantile.survfit</c>'s <c>findq</c> for any probability) and SPSS's first-time-below rule.
/// </summary>
internal static class QuantileRules
{
    /// <summary>R's tolerance, <c>sqrt(.Machine$double.eps)</c>.</summary>
    public static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    /// <summary>
    /// <c>survmean</c>'s <c>minmin(y, x)</c>: the first x where y &lt; 0.5 + tol (NaN y ignored); if that y
    /// is 0.5 (within tol) and y later drops below it, the midpoint of that x and the x where it drops.
    /// </summary>
    public static double PrintedMedian(ReadOnlySpan<double> y, ReadOnlySpan<double> x)
    {
        var first = -1;
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i]) && y[i] < 0.5 + Tolerance)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return double.NaN;
        }

        if (Math.Abs(y[first] - 0.5) < Tolerance)
        {
            for (var i = first + 1; i < y.Length; i++)
            {
                if (!double.IsNaN(y[i]) && y[i] < 0.5 + Tolerance && y[i] < y[first])
                {
                    return (x[first] + x[i]) / 2;
                }
            }
        }

        return x[first];
    }

    /// <summary>
    /// <c>quantile.survfit</c>'s <c>findq(c(0, time), c(0, 1 - s), p, tol)</c> for a survival-like
    /// sequence <paramref name="s"/> (the curve or one of its CI bands; NaN = R's NA).
    /// </summary>
    public static double FindQuantile(ReadOnlySpan<double> time, ReadOnlySpan<double> s, double p)
    {
        var n0 = s.Length + 1;
        var x = new double[n0];
        var y = new double[n0];
        x[0] = 0;
        y[0] = 0;
        var max = 0.0;
        for (var i = 0; i < s.Length; i++)
        {
            x[i + 1] = time[i];
            y[i + 1] = 1 - s[i];
            if (!double.IsNaN(y[i + 1]) && y[i + 1] > max)
            {
                max = y[i + 1];
            }
        }

        if (max < p)
        {
            return double.NaN;
        }

        var xmax = x[n0 - 1];

        // duplicated(y): keep the first occurrence of each value (NaN equals NaN).
        var keepX = new List<double>(n0);
        var keepY = new List<double>(n0);
        var seen = new HashSet<double>();
        var seenNaN = false;
        for (var i = 0; i < n0; i++)
        {
            if (double.IsNaN(y[i]))
            {
                if (seenNaN)
                {
                    continue;
                }

                seenNaN = true;
            }
            else if (!seen.Add(y[i]))
            {
                continue;
            }

            keepX.Add(x[i]);
            keepY.Add(y[i]);
        }

        var index1 = ConstantRight(keepY, Tolerance, p);
        var index2 = ConstantRight(keepY, -Tolerance, p);
        var quantile = index1 < 0 || index2 < 0 ? double.NaN : (keepX[index1] + keepX[index2]) / 2;
        if (p == 0)
        {
            quantile = keepX[0];
        }

        var last = keepY[^1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tolerance)
        {
            quantile = index1 < 0 ? double.NaN : (keepX[index1] + xmax) / 2;
        }

        return quantile;
    }

    /// <summary>
    /// SPSS's quantile: the first event time with S ≤ 1 − p (within tol), its SE by Collett's density
    /// estimate (ε = 0.05) and the symmetric CI time ± z·SE.
    /// </summary>
    public static (double Time, double StandardError) Spss(ReadOnlySpan<double> time, ReadOnlySpan<int> events, ReadOnlySpan<double> surv, ReadOnlySpan<double> greenwoodSe, double p)
    {
        const double Epsilon = 0.05;
        var target = 1 - p;
        var at = -1;
        for (var i = 0; i < time.Length; i++)
        {
            if (events[i] > 0 && surv[i] <= target + Tolerance)
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return (double.NaN, double.NaN);
        }

        // u: the largest event time (or 0, where S = 1) with S ≥ 1 − p + ε; l: the smallest event time with S ≤ 1 − p − ε.
        var upperTime = 0.0;
        var upperSurv = 1.0;
        var lowerTime = double.NaN;
        var lowerSurv = double.NaN;
        for (var i = 0; i < time.Length; i++)
        {
            if (events[i] == 0)
            {
                continue;
            }

            if (surv[i] >= target + Epsilon)
            {
                upperTime = time[i];
                upperSurv = surv[i];
            }

            if (double.IsNaN(lowerTime) && surv[i] <= target - Epsilon)
            {
                lowerTime = time[i];
                lowerSurv = surv[i];
            }
        }

        var density = (upperSurv - lowerSurv) / (lowerTime - upperTime);
        var se = double.IsNaN(density) || density <= 0 ? double.NaN : greenwoodSe[at] / density;
        return (time[at], se);
    }

    /// <summary>
    /// R's <c>approx(v + shift, seq_along(v), p, method = "constant", f = 1)</c> with NA pairs dropped:
    /// the index of the smallest v + shift that is ≥ p, or −1 when p is outside the range.
    /// </summary>
    private static int ConstantRight(List<double> v, double shift, double p)
    {
        var best = -1;
        var bestValue = double.PositiveInfinity;
        var min = double.PositiveInfinity;
        for (var k = 0; k < v.Count; k++)
        {
            if (double.IsNaN(v[k]))
            {
                continue;
            }

            var value = v[k] + shift;
            min = Math.Min(min, value);
            if (value >= p && value < bestValue)
            {
                bestValue = value;
                best = k;
            }
        }

        return p < min ? -1 : best;
    }
}
