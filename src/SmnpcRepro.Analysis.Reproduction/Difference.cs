namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>How far, and which way, a recomputed number is from its print.</summary>
/// <param name="Delta">Recomputed minus printed.</param>
/// <param name="Relative">Delta as a fraction of the printed value (null when the print is 0).</param>
/// <param name="Ratio">Recomputed over printed (null unless both are positive): the scale hazard ratios and p-values are read on.</param>
/// <param name="CrossesSignificance">For a p-value: the print and the recomputed value lie on different sides of the significance level.</param>
/// <param name="CrossesEntry">For a p-value: the print and the recomputed value lie on different sides of the entry threshold.</param>
public sealed record Difference(double Delta, double? Relative, double? Ratio, bool CrossesSignificance, bool CrossesEntry)
{
    /// <summary>The difference on the log scale, ln(recomputed/printed) (null without a ratio).</summary>
    public double? LogRatio => Ratio is { } ratio ? Math.Log(ratio) : null;
}
