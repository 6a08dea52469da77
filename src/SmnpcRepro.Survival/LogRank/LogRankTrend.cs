namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The log-rank test for trend across ordered groups (SPSS KM <c>/TREND</c>; Collett §2.6): with group
/// scores w, U = Σ w_k (O_k − E_k), V = w′ Var(O − E) w, chi-square = U²/V on 1 df. Invariant to affine
/// changes of the scores, so the default 1, 2, …, k equals SPSS's equally spaced metric.
/// </summary>
/// <param name="Scores">The group scores used.</param>
/// <param name="Statistic">U.</param>
/// <param name="Variance">V.</param>
/// <param name="Z">U / √V (signed: positive when later groups have more events than expected).</param>
/// <param name="ChiSquare">U²/V.</param>
/// <param name="PValue">Upper-tail chi-square p on 1 df (two-sided in Z).</param>
/// <param name="Test">The underlying k-sample test (same weight and strata).</param>
public sealed record LogRankTrend(IReadOnlyList<double> Scores, double Statistic, double Variance, double Z, double ChiSquare, double PValue, LogRankResult Test);
