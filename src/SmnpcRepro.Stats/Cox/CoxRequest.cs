using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Stats.Cox;

/// <summary>One Cox regression asked for: the input (read under the shared contract of <see cref="SurvivalCsvInput"/>) and the model.</summary>
/// <param name="Input">File, time, event and codes, strata; the covariate columns are filled in by <see cref="CoxInput.Load"/>.</param>
/// <param name="Covariates">Terms in R's spelling, e.g. <c>age,sex,factor(ph.ecog)</c>.</param>
/// <param name="References">Reference levels, <c>COLUMN=LEVEL</c>.</param>
/// <param name="Ordinal">Plain covariates coded by the rank of their level.</param>
/// <param name="Ties">Tie handling.</param>
/// <param name="Robust">Sandwich variance.</param>
/// <param name="Cluster">Cluster column of the robust variance, or null.</param>
/// <param name="Firth">Firth-penalized model (coxphf).</param>
/// <param name="Zph">Proportional-hazards test.</param>
/// <param name="Baseline">Baseline survival at the means.</param>
/// <param name="ConfidenceLevel">Interval level.</param>
/// <param name="TimeFix">R's timefix.</param>
public sealed record CoxRequest(
    SurvivalCsvRequest Input,
    string Covariates,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Ordinal,
    TieMethod Ties,
    bool Robust,
    string? Cluster,
    bool Firth,
    bool Zph,
    bool Baseline,
    double ConfidenceLevel,
    bool TimeFix);
