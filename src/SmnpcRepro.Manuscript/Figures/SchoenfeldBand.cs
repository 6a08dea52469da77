using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// The ±2 SE band around the residuals' trend, as R's <c>plot.cox.zph</c> draws one around its smooth. The
/// lowess without robustness passes is a linear smoother, ŷ = S y, so Var(ŷᵢ) = σ² Σⱼ Sᵢⱼ²; S is found by
/// smoothing each unit vector. σ² is the residuals' variance about the trend, Σ r² / (n − tr S). (R takes σ²
/// from the model, d·Var(β̂), and smooths with a natural spline; the band here says the same thing of the
/// lowess the figure draws: where a flat line at β̂ would leave it.)
/// </summary>
public static class SchoenfeldBand
{
    /// <summary>The band at the trend's points; empty when there are too few residuals for it.</summary>
    public static IReadOnlyList<BandPoint> Around(IReadOnlyList<ResidualPoint> residuals, IReadOnlyList<ResidualPoint> trend)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        ArgumentNullException.ThrowIfNull(trend);
        var n = residuals.Count;
        if (n < 4 || trend.Count != n)
        {
            return [];
        }

        var x = residuals.Select(r => r.X).ToArray();
        var sorted = residuals.Select(r => r.Y).Zip(x).OrderBy(p => p.Second).Select(p => p.First).ToArray();
        var squares = new double[n];
        var trace = 0.0;
        var unit = new double[n];
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ThenBy(i => i).ToArray();
        for (var j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1;
            var column = Lowess.Fit(x, unit, iterations: 0).Y;
            for (var i = 0; i < n; i++)
            {
                squares[i] += column[i] * column[i];
            }

            trace += column[Array.IndexOf(order, j)];
        }

        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            rss += (sorted[i] - trend[i].Y) * (sorted[i] - trend[i].Y);
        }

        var variance = rss / Math.Max(1, n - trace);
        return trend.Select((t, i) =>
        {
            var half = 2 * Math.Sqrt(variance * squares[i]);
            return new BandPoint(t.X, t.Y - half, t.Y + half);
        }).ToArray();
    }
}
