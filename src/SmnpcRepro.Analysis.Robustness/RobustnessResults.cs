using SmnpcRepro.Analysis.Profiles;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>Everything the robustness appendix prints, computed once; rendering never recomputes.</summary>
/// <param name="Profile">The conventions of the analysis checked.</param>
/// <param name="Options">Seeds, resamples and thresholds used.</param>
/// <param name="Patients">Cohort size.</param>
/// <param name="Events">Deaths.</param>
/// <param name="Paper">The paper's analysis the appendix examines.</param>
/// <param name="EventsPerVariable">Events per variable of each model and of the screening.</param>
/// <param name="Firth">Firth-penalized beside ordinary estimates.</param>
/// <param name="PermutationLogRank">Permutation beside asymptotic log-rank p-values.</param>
/// <param name="ProportionalHazards">The proportional-hazards check of the multivariate model (null when no factor entered).</param>
/// <param name="Selection">The bootstrap of the selection procedure.</param>
/// <param name="Ties">Breslow versus Efron.</param>
public sealed record RobustnessResults(
    ConventionsProfile Profile,
    RobustnessOptions Options,
    int Patients,
    int Events,
    PaperResults Paper,
    EventsPerVariableResult EventsPerVariable,
    FirthComparisonResult Firth,
    IReadOnlyList<PermutationLogRankRow> PermutationLogRank,
    ProportionalHazardsCheckResult? ProportionalHazards,
    SelectionStabilityResult Selection,
    TieMethodComparisonResult Ties);
