using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>One term's proportional-hazards test and its scaled Schoenfeld residuals.</summary>
/// <param name="FactorKey">The term (factor key).</param>
/// <param name="Label">The factor's Table 2 label.</param>
/// <param name="Test">The <c>cox.zph</c> score test for a time-varying coefficient (km transform).</param>
/// <param name="Coefficient">β̂ of the fit (the level the residuals scatter around under proportional hazards).</param>
/// <param name="Residuals">Scaled Schoenfeld residuals + β̂, one per event in time order.</param>
/// <param name="Trend">Lowess of the residuals against 1 − KM(t−), an estimate of β(t).</param>
public sealed record ProportionalHazardsTerm(string FactorKey, string Label, ChiSquareTest Test, double Coefficient, IReadOnlyList<double> Residuals, IReadOnlyList<SmoothPoint> Trend);

/// <summary>A point of a smooth: abscissa and smoothed value.</summary>
public readonly record struct SmoothPoint(double X, double Y);

/// <summary>The proportional-hazards check of one Cox model.</summary>
/// <param name="Ties">The fit's tie method (the test uses the same).</param>
/// <param name="Terms">One row per term.</param>
/// <param name="Global">The global test of all terms.</param>
/// <param name="EventTimes">Event times, in order.</param>
/// <param name="TransformedTimes">1 − KM(t−) at each event: the time axis of the residual plots.</param>
public sealed record ProportionalHazardsCheckResult(
    TieMethod Ties,
    IReadOnlyList<ProportionalHazardsTerm> Terms,
    ChiSquareTest Global,
    IReadOnlyList<double> EventTimes,
    IReadOnlyList<double> TransformedTimes);
