namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// A plot of one term's scaled Schoenfeld residuals against time on the Kaplan–Meier scale, as data: the
/// residuals, R's <c>plot.cox.zph</c> smooth through them (an estimate of β(t)) with its ±2 SE band, the fitted β̂ that a constant
/// coefficient would give, and the time axis labelled in months. The plotter turns it into SVG, PDF and PNG.
/// </summary>
/// <param name="Name">File stem, e.g. <c>schoenfeld-mit</c>.</param>
/// <param name="XLabel">Horizontal axis label.</param>
/// <param name="YLabel">Vertical axis label (β(t) of the term).</param>
/// <param name="Residuals">One point per event: (1 − KM(t−), scaled residual + β̂).</param>
/// <param name="Trend">The natural-spline smooth through them (df = 4, on 40 points), as <c>plot.cox.zph</c> draws it; empty when R would skip it.</param>
/// <param name="Band">The smooth ± 2 standard errors, at the smooth's points, as <c>plot.cox.zph</c> draws it.</param>
/// <param name="Coefficient">β̂ of the model: the horizontal line proportional hazards predict.</param>
/// <param name="TimeTicks">Ticks of the time axis: position on the Kaplan–Meier scale and the month it stands for.</param>
/// <param name="YTicks">Ticks of the β axis.</param>
/// <param name="Annotation">The term's proportional-hazards test, printed above the plot.</param>
public sealed record SchoenfeldFigure(
    string Name,
    string XLabel,
    string YLabel,
    IReadOnlyList<ResidualPoint> Residuals,
    IReadOnlyList<ResidualPoint> Trend,
    IReadOnlyList<BandPoint> Band,
    double Coefficient,
    IReadOnlyList<TimeTick> TimeTicks,
    IReadOnlyList<double> YTicks,
    string Annotation);

/// <summary>A point of the residual plot: position on the Kaplan–Meier time scale and value on the β scale.</summary>
public sealed record ResidualPoint(double X, double Y);

/// <summary>A tick of the time axis: where it sits (1 − KM(t−)) and its label in months.</summary>
public sealed record TimeTick(double Position, string Label);
