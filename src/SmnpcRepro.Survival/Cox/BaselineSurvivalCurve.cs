namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The survival curve of a Cox model for a pseudo-subject at the covariate means (R's <c>survfit(fit)</c>
/// without newdata), one per stratum, at every distinct time of the stratum (censoring-only times too).
/// </summary>
/// <param name="Stratum">Stratum label (empty for an unstratified model).</param>
/// <param name="Time">Distinct times.</param>
/// <param name="NumberAtRisk">Subjects at risk just before each time (R's <c>n.risk</c>).</param>
/// <param name="Events">Events at each time.</param>
/// <param name="Censored">Censorings at each time.</param>
/// <param name="Survival">exp(−cumulative hazard).</param>
/// <param name="CumulativeHazard">Breslow (ties = Breslow) or Efron-adjusted (ties = Efron) cumulative hazard at the means.</param>
/// <param name="StandardError">SE of the cumulative hazard, including the variance of β̂ (R's <c>std.err</c>).</param>
/// <param name="Lower">Lower limit for survival, log scale (R's default <c>conf.type = "log"</c>).</param>
/// <param name="Upper">Upper limit, capped at 1.</param>
/// <param name="ConfidenceLevel">Level of the limits.</param>
/// <param name="CumulativeHazardAtZero">Cumulative hazard with every covariate 0 (R's <c>basehaz(fit, centered = FALSE)</c>).</param>
public sealed record BaselineSurvivalCurve(
    string Stratum,
    IReadOnlyList<double> Time,
    IReadOnlyList<int> NumberAtRisk,
    IReadOnlyList<int> Events,
    IReadOnlyList<int> Censored,
    IReadOnlyList<double> Survival,
    IReadOnlyList<double> CumulativeHazard,
    IReadOnlyList<double> StandardError,
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper,
    double ConfidenceLevel,
    IReadOnlyList<double> CumulativeHazardAtZero);
