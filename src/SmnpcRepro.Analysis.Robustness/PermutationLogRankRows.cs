using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// Permutation p-values of the log-rank chi-square beside the asymptotic ones, for every univariate factor:
/// exact (every relabelling of the groups enumerated) for two groups when the relabellings are few enough,
/// Monte Carlo otherwise, seeded per factor so the p-values are reproducible.
/// </summary>
public static class PermutationLogRankRows
{
    /// <summary>The Monte Carlo standard error of a p estimated from <paramref name="relabellings"/> draws: √(p(1 − p)/B).</summary>
    public static double MonteCarloStandardError(double p, long relabellings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(relabellings, 1);
        return Math.Sqrt(p * (1 - p) / relabellings);
    }

    /// <summary>Relabellings of two groups of sizes <paramref name="first"/> and <paramref name="second"/>: C(n, first).</summary>
    public static double Relabellings(int first, int second)
    {
        var n = first + second;
        var k = Math.Min(first, second);
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return Math.Round(result);
    }

    /// <summary>Tests every factor of <paramref name="factors"/>; factor k uses the k-th seed of <see cref="RobustnessOptions.PermutationSeed"/>.</summary>
    public static IReadOnlyList<PermutationLogRankRow> Compute(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors, RobustnessOptions options)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var seeds = SeedSequence.Of(options.PermutationSeed, factors.Count);
        var rows = new PermutationLogRankRow[factors.Count];
        for (var k = 0; k < factors.Count; k++)
        {
            var data = CohortSurvivalData.ByFactor(cohort, factors[k], out _);
            var groups = data.Group!.LevelCount;
            if (groups < 2)
            {
                rows[k] = new PermutationLogRankRow(factors[k].Key, factors[k].Label, groups, double.NaN, 0, double.NaN, double.NaN, false, 0, double.NaN, seeds[k]);
                continue;
            }

            var permutation = new PermutationOptions
            {
                Statistic = PermutationStatistic.ChiSquare,
                Resamples = options.PermutationResamples,
                Seed = seeds[k],
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                MaxExactAssignments = options.MaxExactRelabellings,
            };
            var result = groups == 2 && data.Strata is null && Relabellings(Count(data, 0), data.Count - Count(data, 0)) <= options.MaxExactRelabellings
                ? PermutationLogRank.Exact(data, permutation)
                : PermutationLogRank.MonteCarlo(data, permutation);
            rows[k] = new PermutationLogRankRow(
                factors[k].Key,
                factors[k].Label,
                groups,
                result.Test.ChiSquare,
                result.Test.DegreesOfFreedom,
                result.Test.PValue,
                result.PValue,
                result.Exact,
                result.Relabellings,
                result.Exact ? 0 : MonteCarloStandardError(result.PValue, result.Relabellings),
                seeds[k]);
        }

        return rows;
    }

    private static int Count(Survival.Data.SurvivalData data, int level)
    {
        var count = 0;
        foreach (var code in data.Group!.Codes)
        {
            count += code == level ? 1 : 0;
        }

        return count;
    }
}
