namespace SmnpcRepro.Analysis.Robustness;

/// <summary>One factor's log-rank test, asymptotic and by permutation.</summary>
/// <param name="FactorKey">The factor.</param>
/// <param name="Label">Its Table 2 label.</param>
/// <param name="Groups">Groups compared.</param>
/// <param name="ChiSquare">The log-rank chi-square (survdiff's).</param>
/// <param name="DegreesOfFreedom">Its degrees of freedom.</param>
/// <param name="AsymptoticP">p from the chi-square distribution.</param>
/// <param name="PermutationP">p = share of relabellings with a chi-square at least the observed one (NaN without two groups).</param>
/// <param name="Exact">True when every relabelling was enumerated.</param>
/// <param name="Relabellings">Relabellings enumerated (exact) or drawn (Monte Carlo).</param>
/// <param name="MonteCarloStandardError">√(p(1 − p)/B) for Monte Carlo; 0 when exact.</param>
/// <param name="Seed">The factor's seed (Monte Carlo).</param>
public sealed record PermutationLogRankRow(
    string FactorKey,
    string Label,
    int Groups,
    double ChiSquare,
    int DegreesOfFreedom,
    double AsymptoticP,
    double PermutationP,
    bool Exact,
    long Relabellings,
    double MonteCarloStandardError,
    ulong Seed);
