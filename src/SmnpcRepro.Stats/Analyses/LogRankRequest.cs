using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Stats.Analyses;

/// <summary>One log-rank analysis asked for (<c>smnpc stats logrank</c>).</summary>
/// <param name="Input">File, columns and codes (a group column is required), read under the shared input contract.</param>
/// <param name="Test">The weight (G-rho, Gehan–Breslow, Tarone–Ware) and timefix.</param>
/// <param name="Pairwise">Also every pair of groups.</param>
/// <param name="Trend">Also the test for trend.</param>
/// <param name="Scores">Trend scores in level order; empty for 1, 2, …, k.</param>
/// <param name="Permutations">Monte Carlo relabellings (0 = none).</param>
/// <param name="Exact">Exact permutation p by enumeration.</param>
/// <param name="Statistic">The permuted statistic.</param>
/// <param name="Seed">Seed of the Monte Carlo streams.</param>
public sealed record LogRankRequest(SurvivalCsvRequest Input, LogRankOptions Test, bool Pairwise, bool Trend, double[] Scores, int Permutations, bool Exact, PermutationStatistic Statistic, ulong Seed);
