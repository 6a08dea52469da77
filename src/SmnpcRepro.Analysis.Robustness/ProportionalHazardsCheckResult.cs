using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>One term's proportional-hazards test and its scaled Schoenfeld residuals.</summary>
/// <param name="FactorKey">The term: the factor's key, or a categorical factor's contrast key.</param>
/// <param name="Label">The factor's Table 2 label.</param>
/// <param name="Test">The <c>cox.zph</c> score test for a time-varying coefficient (km transform).</param>
/// <param name="Coefficient">β̂ of the fit (the level the residuals scatter around under proportional hazards).</param>
/// <param name="Residuals">Scaled Schoenfeld residuals + β̂, one per event in time order.</param>
/// <param name="Smooth">
/// <c>plot.cox.zph</c>'s smooth of the residuals against 1 − KM(t−), an estimate of β(t), with its ±2 SE band;
/// null when R would skip the term (too few residuals for the spline).
/// </param>
public sealed record ProportionalHazardsTerm(string FactorKey, string Label, ChiSquareTest Test, double Coefficient, IReadOnlyList<double> Residuals, ProportionalHazardsSmoothResult? Smooth);

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
