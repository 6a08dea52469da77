namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Table 2 as a forest plot, as data: for each factor its univariate Cox HR and, when the selection rule let it
/// into the model, its multivariate HR, each with the 95% CI and P; the log axis's range and ticks.
/// </summary>
/// <param name="Name">File stem.</param>
/// <param name="XLabel">The axis title.</param>
/// <param name="Rows">One row per factor, in Table 2's order.</param>
/// <param name="AxisMin">Left end of the HR axis.</param>
/// <param name="AxisMax">Right end of the HR axis.</param>
/// <param name="Ticks">HR axis ticks (log scale), including the reference line at 1.</param>
public sealed record ForestFigure(string Name, string XLabel, IReadOnlyList<ForestRow> Rows, double AxisMin, double AxisMax, IReadOnlyList<double> Ticks);

/// <summary>A factor of the forest plot.</summary>
/// <param name="Label">The factor as Table 2 names it.</param>
/// <param name="Univariate">The Cox model of the factor alone.</param>
/// <param name="Multivariate">The multivariate model's estimate, or null when the factor was not entered.</param>
public sealed record ForestRow(string Label, ForestEstimate Univariate, ForestEstimate? Multivariate);

/// <summary>One HR with its 95% CI and P as Table 2 prints it; <paramref name="Infinite"/> for monotone likelihood.</summary>
public sealed record ForestEstimate(double HazardRatio, double Lower, double Upper, string P, bool Infinite);
