namespace SmnpcRepro.Survival.Smoothing;

/// <summary>
/// B-spline basis functions, as R's <c>splines::splineDesign(knots, x, ord, derivs)</c> evaluates them inside the
/// knots: one row per x, one column per basis function (<c>knots.Length − ord</c> of them), the value or a
/// derivative. Within [knots[ord − 1], knots[^ord]]; the right end belongs to the last non-empty interval, as
/// in R.
/// </summary>
public static class BSplineBasis
{
    /// <summary>
    /// The basis (row-major, <c>x.Count × (knots.Count − order)</c>) at <paramref name="x"/>, differentiated
    /// <paramref name="derivative"/> times (0 for the values).
    /// </summary>
    public static double[] Evaluate(IReadOnlyList<double> knots, IReadOnlyList<double> x, int order, int derivative = 0)
    {
        ArgumentNullException.ThrowIfNull(knots);
        ArgumentNullException.ThrowIfNull(x);
        if (order < 1 || knots.Count < 2 * order)
        {
            throw new ArgumentException($"a B-spline of order {order} needs at least {2 * order} knots, not {knots.Count}.", nameof(knots));
        }

        if (derivative < 0 || derivative >= order)
        {
            throw new ArgumentException($"derivative must be in 0..{order - 1}.", nameof(derivative));
        }

        var t = knots.ToArray();
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i] < t[i - 1])
            {
                throw new ArgumentException("knots must be sorted.", nameof(knots));
            }
        }

        var count = t.Length - order;
        var low = t[order - 1];
        var high = t[count];
        var basis = new double[x.Count * count];
        for (var r = 0; r < x.Count; r++)
        {
            var at = x[r];
            if (!(at >= low && at <= high))
            {
                throw new ArgumentException($"x = {at} lies outside the boundary knots [{low}, {high}].", nameof(x));
            }

            var span = Span(t, order, count, at);
            for (var j = 0; j < count; j++)
            {
                basis[(r * count) + j] = Value(t, j, order, derivative, at, span);
            }
        }

        return basis;
    }

    /// <summary>The interval [t[s], t[s+1]) holding x; the last non-empty one at the right end.</summary>
    private static int Span(double[] t, int order, int count, double at)
    {
        for (var s = count - 1; s >= order - 1; s--)
        {
            if (t[s] < t[s + 1] && at >= t[s])
            {
                return s;
            }
        }

        return order - 1;
    }

    /// <summary>B_{j,k}(x) or its d-th derivative, by the Cox–de Boor recursion (0/0 taken as 0).</summary>
    private static double Value(double[] t, int j, int k, int d, double at, int span)
    {
        if (d > 0)
        {
            var left = t[j + k - 1] - t[j];
            var right = t[j + k] - t[j + 1];
            var a = left > 0 ? Value(t, j, k - 1, d - 1, at, span) / left : 0;
            var b = right > 0 ? Value(t, j + 1, k - 1, d - 1, at, span) / right : 0;
            return (k - 1) * (a - b);
        }

        if (k == 1)
        {
            return j == span ? 1 : 0;
        }

        var l = t[j + k - 1] - t[j];
        var r = t[j + k] - t[j + 1];
        var value = 0.0;
        if (l > 0)
        {
            value += (at - t[j]) / l * Value(t, j, k - 1, 0, at, span);
        }

        if (r > 0)
        {
            value += (t[j + k] - at) / r * Value(t, j + 1, k - 1, 0, at, span);
        }

        return value;
    }
}
