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
        // findq's x = c(0, time), y = c(0, 1 - s); element i of them, without copying.
        var n0 = s.Length + 1;
        var max = 0.0;
        var monotone = true;
        var previous = 0.0;
        for (var i = 0; i < s.Length; i++)
        {
            var y = 1 - s[i];
            if (double.IsNaN(y))
            {
                continue;
            }

            max = Math.Max(max, y);
            monotone &= y >= previous;
            previous = y;
        }

        if (max < p)
        {
            return double.NaN;
        }

        // duplicated(y) drops every value seen before (NaN equals NaN). A curve and its bands never go back up,
        // so an earlier equal value is the last one kept: one comparison; otherwise a set of the values seen.
        // Over the kept pairs: approx(y ± tol, seq_along(y), p, "constant", f = 1), the first kept x whose
        // y ± tol is the smallest at or above p, for each sign of the tolerance.
        var seen = monotone ? null : new HashSet<double>();
        var seenNaN = false;
        var lastKept = double.NaN;
        var firstX = double.NaN;
        var lastY = double.NaN;
        var (bestUp, bestUpX, minUp) = (double.PositiveInfinity, double.NaN, double.PositiveInfinity);
        var (bestDown, bestDownX, minDown) = (double.PositiveInfinity, double.NaN, double.PositiveInfinity);
        for (var i = 0; i < n0; i++)
        {
            var x = i == 0 ? 0 : time[i - 1];
            var y = i == 0 ? 0 : 1 - s[i - 1];
            if (double.IsNaN(y))
            {
                if (seenNaN)
                {
                    continue;
                }

                seenNaN = true;
            }
            else if (seen is null ? y == lastKept : !seen.Add(y))
            {
                continue;
            }

            if (i == 0)
            {
                firstX = x;
            }

            lastY = y;
            if (double.IsNaN(y))
            {
                continue;
            }

            lastKept = y;
            Consider(y + Tolerance, x, ref bestUp, ref bestUpX, ref minUp);
            Consider(y - Tolerance, x, ref bestDown, ref bestDownX, ref minDown);
        }

        var found = p >= minUp && bestUp != double.PositiveInfinity;
        var quantile = found && p >= minDown && bestDown != double.PositiveInfinity ? (bestUpX + bestDownX) / 2 : double.NaN;
        if (p == 0)
        {
            quantile = firstX;
        }

        if (!double.IsNaN(lastY) && Math.Abs(p - lastY) < Tolerance)
        {
            quantile = found ? (bestUpX + (s.Length == 0 ? 0 : time[^1])) / 2 : double.NaN;
        }

        return quantile;

        void Consider(double value, double x, ref double best, ref double bestX, ref double min)
        {
            min = Math.Min(min, value);
            if (value >= p && value < best)
            {
                best = value;
                bestX = x;
            }
        }
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
}
