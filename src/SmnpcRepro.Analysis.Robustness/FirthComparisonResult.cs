using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>One coefficient, ordinary and Firth-penalized.</summary>
/// <param name="FactorKey">The coefficient's term: the factor's key, or a categorical factor's contrast key (<c>factor.group</c>).</param>
/// <param name="Label">The factor's Table 2 label.</param>
/// <param name="Ordinary">The ordinary Cox coefficient (the profile's ties, Wald CI).</param>
/// <param name="OrdinaryConverged">Whether the ordinary fit converged.</param>
/// <param name="Firth">The Firth coefficient (Breslow ties, profile penalized-likelihood CI), or null when no Firth fit could be made.</param>
/// <param name="FirthConverged">Whether the Firth fit converged.</param>
/// <param name="FirthProblem">Why there is no Firth fit (empty when there is).</param>
/// <param name="FewestGroupEvents">The fewest events in any group of the factor.</param>
/// <param name="Stability">The ordinary estimate's classification.</param>
/// <param name="Reasons">Why it was classified so.</param>
public sealed record FirthComparisonRow(
    string FactorKey,
    string Label,
    CoxCoefficient Ordinary,
    bool OrdinaryConverged,
    FirthCoefficient? Firth,
    bool FirthConverged,
    string FirthProblem,
    int FewestGroupEvents,
    EstimateStability Stability,
    StabilityReasons Reasons);

/// <summary>Firth-penalized beside ordinary estimates for Table 2's univariate rows and the multivariate model.</summary>
/// <param name="OrdinaryTies">Tie method of the ordinary fits (the profile's); Firth always uses Breslow.</param>
/// <param name="Univariate">One row per Table 2 factor.</param>
/// <param name="Multivariate">One row per factor of the multivariate model (empty when none entered).</param>
/// <param name="Rule">The instability rule applied (the object the appendix prints).</param>
public sealed record FirthComparisonResult(
    TieMethod OrdinaryTies,
    IReadOnlyList<FirthComparisonRow> Univariate,
    IReadOnlyList<FirthComparisonRow> Multivariate,
    InstabilityRule Rule);
