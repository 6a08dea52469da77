namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// A permutation (Monte Carlo or exact) p-value for a log-rank statistic. p = (relabellings whose statistic
/// is ≥ the observed − √ε) / relabellings, coin's definition (no +1 correction); mid-p subtracts half the
/// probability of a tie with the observed value.
/// </summary>
/// <param name="Statistic">Which statistic was permuted.</param>
/// <param name="Observed">Its observed value (χ² for <see cref="PermutationStatistic.ChiSquare"/>; |Z| for two groups or the quadratic form otherwise for <see cref="PermutationStatistic.LinearRank"/>).</param>
/// <param name="PValue">The permutation p-value.</param>
/// <param name="MidPValue">p − ½·P(statistic = observed).</param>
/// <param name="Relabellings">Relabellings drawn (Monte Carlo) or enumerated (exact).</param>
/// <param name="Exact">True when every relabelling was enumerated.</param>
/// <param name="MonteCarloStandardError">√(p(1 − p)/R); 0 for an exact test.</param>
/// <param name="Lower99">Clopper–Pearson 99% lower limit of the Monte Carlo p (p itself when exact).</param>
/// <param name="Upper99">Clopper–Pearson 99% upper limit.</param>
/// <param name="Seed">The seed (Monte Carlo).</param>
/// <param name="Test">The asymptotic test on the observed data.</param>
public sealed record PermutationLogRankResult(
    PermutationStatistic Statistic,
    double Observed,
    double PValue,
    double MidPValue,
    long Relabellings,
    bool Exact,
    double MonteCarloStandardError,
    double Lower99,
    double Upper99,
    ulong Seed,
    LogRankResult Test);
