namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// A Kaplan–Meier figure as data: what is drawn, independent of how. Snapshot tests guard this (step
/// coordinates, censor marks, risk-table cells), never pixels; the plotter turns it into SVG, PDF and PNG.
/// </summary>
/// <param name="Name">File stem, e.g. <c>figure3</c>.</param>
/// <param name="XLabel">Horizontal axis label (time and unit).</param>
/// <param name="YLabel">Vertical axis label.</param>
/// <param name="LegendTitle">The legend's title: the factor compared (empty with one curve, which has no legend).</param>
/// <param name="Curves">One step curve per group, in legend order.</param>
/// <param name="RiskTimes">Times at which the number at risk is printed under the axis; also the time axis ticks.</param>
/// <param name="YTicks">The survival axis ticks, 0 to 1.</param>
/// <param name="XMax">Right end of the time axis.</param>
/// <param name="XTickInterval">Spacing of the time axis ticks (also of <paramref name="RiskTimes"/>).</param>
/// <param name="Annotation">Text printed on the plot (the log-rank p), or empty.</param>
public sealed record SurvivalFigure(
    string Name,
    string XLabel,
    string YLabel,
    string LegendTitle,
    IReadOnlyList<SurvivalFigureCurve> Curves,
    IReadOnlyList<double> RiskTimes,
    IReadOnlyList<double> YTicks,
    double XMax,
    double XTickInterval,
    string Annotation);

/// <summary>One group's curve: the corners of its step function, its censor marks and its numbers at risk.</summary>
/// <param name="Group">The group's name, as the risk table labels its row (e.g. <c>None</c>).</param>
/// <param name="Label">Legend label, with the group size (e.g. <c>None (n=9)</c>).</param>
/// <param name="Steps">Step corners from (0, 1): survival holds from each time until the next.</param>
/// <param name="Censored">Where a censored observation sits on the curve.</param>
/// <param name="NumberAtRisk">Number at risk at each of the figure's risk times.</param>
/// <param name="Band">The pointwise 95% confidence band at each step (only when <c>figures.confidence_bands</c> is on).</param>
/// <param name="Median">Median survival where the curve reaches 0.5 (only when <c>figures.median_line</c> is on; null when not reached or off).</param>
public sealed record SurvivalFigureCurve(
    string Group,
    string Label,
    IReadOnlyList<CurvePoint> Steps,
    IReadOnlyList<CurvePoint> Censored,
    IReadOnlyList<int> NumberAtRisk,
    IReadOnlyList<BandPoint>? Band = null,
    double? Median = null);

/// <summary>A point on a survival curve: time and survival probability.</summary>
public sealed record CurvePoint(double Time, double Survival);

/// <summary>A band's lower and upper edge at a position of the horizontal axis (a Kaplan–Meier band holds until the next step).</summary>
public sealed record BandPoint(double Time, double Lower, double Upper);
