namespace SmnpcRepro.Survival.LogRank;

/// <summary>Which statistic a permutation log-rank test permutes (its distribution is built by relabelling groups).</summary>
public enum PermutationStatistic
{
    /// <summary>
    /// The chi-square of <see cref="LogRankTest.Compute"/> (R's <c>survdiff</c>, hypergeometric variance),
    /// recomputed in full for every relabelling; p = P(χ²* ≥ χ²_obs).
    /// </summary>
    ChiSquare,

    /// <summary>
    /// coin's <c>logrank_test</c>: the linear rank statistic T_k = Σ_{i in group k} a_i with log-rank
    /// scores a_i = H(t_i) − δ_i (weighted Nelson–Aalen, so T = E − O), standardised with its
    /// <em>permutation</em> covariance; two groups: |Z|, more: the quadratic form (T − μ)′Σ⁻(T − μ).
    /// </summary>
    LinearRank,
}
