using SmnpcRepro.Analysis;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Turns Table 2's Cox models into a <see cref="ForestFigure"/>.</summary>
public static class ForestFigureBuilder
{
    /// <summary>The supplementary figure's file stem.</summary>
    public const string FileStem = "figure-s1-forest";

    private static readonly double[] RoundRatios = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

    /// <summary>The forest plot of <paramref name="results"/>.</summary>
    public static ForestFigure From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        // One row per Table 2 estimate: a categorical factor has one per group against its reference.
        var rows = results.Univariate.SelectMany(u => u.Estimates.Select(e => new ForestRow(
            e.Contrast.Label,
            Estimate(e.Coefficient),
            results.Multivariate.Coefficient(e.Contrast.Key) is { } m ? Estimate(m) : null))).ToArray();
        var values = rows.SelectMany(r => new[] { r.Univariate, r.Multivariate }).OfType<ForestEstimate>()
            .SelectMany(e => new[] { e.HazardRatio, e.Lower, e.Upper })
            .Where(v => double.IsFinite(v) && v > 0)
            .Append(1.0)
            .ToArray();
        var min = RoundRatios.LastOrDefault(r => r <= values.Min(), RoundRatios[0]);
        var max = RoundRatios.FirstOrDefault(r => r >= values.Max(), RoundRatios[^1]);
        var ticks = RoundRatios.Where(r => r >= min && r <= max).ToArray();
        return new ForestFigure(FileStem, "Hazard ratio (95% CI), log scale", rows, min, max, ticks);
    }

    private static ForestEstimate Estimate(CoxCoefficient c) =>
        new(c.HazardRatio, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper, Format.P(c.P), c.MayBeInfinite);
}
