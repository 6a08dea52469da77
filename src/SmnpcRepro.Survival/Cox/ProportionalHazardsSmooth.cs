using SmnpcRepro.Survival.Smoothing;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The smooth of β(t) and its ±2 SE band that R's <c>plot.cox.zph</c> draws over a term's scaled Schoenfeld
/// residuals: a least-squares fit of the residuals on a natural cubic spline basis (<c>ns(c(pred.x, x), df,
/// intercept = TRUE)</c>, knots from the grid and the event times together), predicted on <c>nsmo</c> equally
/// spaced points from min(x) to max(x); the band is ŷ ± 2 √(v · sᵢ), v the term's diagonal of
/// <c>cox.zph</c>'s <c>$var</c> (<see cref="ScaledSchoenfeldVariance"/>) and sᵢ = pᵢ (XᵀX)⁻¹ pᵢᵀ, pᵢ the
/// basis at grid point i.
/// </summary>
public static class ProportionalHazardsSmooth
{
    /// <summary>R's default <c>df</c>.</summary>
    public const int DefaultDegreesOfFreedom = 4;

    /// <summary>R's default <c>nsmo</c>.</summary>
    public const int DefaultPoints = 40;

    /// <summary>
    /// The smooth of <paramref name="residuals"/> (NaN where R has NA: left out of the fit, as R does) against
    /// <paramref name="x"/> (the transformed time of every event), with <paramref name="variance"/> the term's
    /// <c>$var[i, i]</c>. Null when R would skip the term ("spline fit is singular"): fewer usable residuals
    /// than <paramref name="degreesOfFreedom"/>, or a basis without full rank on them.
    /// </summary>
    public static ProportionalHazardsSmoothResult? Fit(
        IReadOnlyList<double> x,
        IReadOnlyList<double> residuals,
        double variance,
        int degreesOfFreedom = DefaultDegreesOfFreedom,
        int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(residuals);
        if (x.Count != residuals.Count)
        {
            throw new ArgumentException($"x has {x.Count} values and the residuals {residuals.Count}.", nameof(residuals));
        }

        if (points < 2)
        {
            throw new ArgumentException("the smooth needs at least two points.", nameof(points));
        }

        var kept = Enumerable.Range(0, x.Count).Where(i => !double.IsNaN(residuals[i])).ToArray();
        if (kept.Length < degreesOfFreedom || x.Min() == x.Max())
        {
            return null;
        }

        var grid = Grid(x.Min(), x.Max(), points);
        var basis = NaturalSpline.Basis([.. grid, .. x], degreesOfFreedom, intercept: true);
        var df = basis.Columns;
        var design = new double[kept.Length * df];
        var y = new double[kept.Length];
        for (var r = 0; r < kept.Length; r++)
        {
            Array.Copy(basis.Values, (points + kept[r]) * df, design, r * df, df);
            y[r] = residuals[kept[r]];
        }

        var qr = HouseholderQr.Decompose(design, kept.Length, df);
        if (!qr.IsFullRank)
        {
            return null;
        }

        var coefficients = qr.Coefficients(y);
        var xtx = qr.InverseCrossProduct();
        var fitted = new double[points];
        var lower = new double[points];
        var upper = new double[points];
        for (var i = 0; i < points; i++)
        {
            var yhat = 0.0;
            var seval = 0.0;
            for (var a = 0; a < df; a++)
            {
                var pa = basis[i, a];
                yhat += pa * coefficients[a];
                for (var b = 0; b < df; b++)
                {
                    seval += pa * xtx[(a * df) + b] * basis[i, b];
                }
            }

            var half = 2 * Math.Sqrt(variance * seval);
            fitted[i] = yhat;
            lower[i] = yhat - half;
            upper[i] = yhat + half;
        }

        return new ProportionalHazardsSmoothResult(grid, fitted, lower, upper);
    }

    /// <summary>R's <c>seq(from, to, length = n)</c>: from + i·((to − from)/(n − 1)), the ends exact.</summary>
    private static double[] Grid(double from, double to, int n)
    {
        var grid = new double[n];
        var by = (to - from) / (n - 1);
        for (var i = 0; i < n; i++)
        {
            grid[i] = from + (i * by);
        }

        grid[^1] = to;
        return grid;
    }
}
