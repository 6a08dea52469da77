using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// Permutation p-values for the log-rank family: the distribution of a statistic over relabellings of
/// the groups (within strata), drawn at random (Monte Carlo, as coin's <c>approximate()</c>) or, for
/// small two-group samples, enumerated in full (exact, as coin's <c>exact</c> and a brute-force
/// enumeration of survdiff's chi-square). See <see cref="PermutationStatistic"/> for what is permuted.
/// Monte Carlo draws come from xoshiro256** streams, one per block of resamples, seeded from
/// <see cref="PermutationOptions.Seed"/> and the block number: the p-value depends on the seed and block
/// size only, never on the machine or the number of cores.
/// </summary>
public static class PermutationLogRank
{
    /// <summary>Monte Carlo permutation p-value.</summary>
    /// <exception cref="ArgumentException">No grouping factor, fewer than 2 groups, or Resamples &lt; 1.</exception>
    public static PermutationLogRankResult MonteCarlo(SurvivalData data, PermutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PermutationOptions();
        if (options.Resamples < 1 || options.BlockSize < 1)
        {
            throw new ArgumentException("Resamples and BlockSize must be at least 1.", nameof(options));
        }

        var test = LogRankTest.Compute(data, options.Test);
        var kernel = new PermutationKernel(data, options.Test);
        var observed = kernel.Evaluate(options.Statistic, kernel.Labels, kernel.NewScratch());
        var blocks = (options.Resamples + options.BlockSize - 1) / options.BlockSize;
        var atLeast = new long[blocks];
        var ties = new long[blocks];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, blocks, parallel, block =>
        {
            var rng = new Xoshiro256StarStar(options.Seed, (ulong)block);
            var labels = (int[])kernel.Labels.Clone();
            var scratch = kernel.NewScratch();
            var count = Math.Min(options.BlockSize, options.Resamples - (block * options.BlockSize));
            for (var r = 0; r < count; r++)
            {
                for (var s = 0; s < kernel.StrataCount; s++)
                {
                    var from = kernel.StratumStart[s];
                    for (var i = kernel.StratumStart[s + 1] - 1; i > from; i--)
                    {
                        var j = from + rng.NextInt(i - from + 1);
                        (labels[i], labels[j]) = (labels[j], labels[i]);
                    }
                }

                var value = kernel.Evaluate(options.Statistic, labels, scratch);
                if (value >= observed - PermutationKernel.Epsilon)
                {
                    atLeast[block]++;
                }

                if (Math.Abs(value - observed) <= PermutationKernel.Epsilon)
                {
                    ties[block]++;
                }
            }
        });

        var hits = atLeast.Sum();
        var equal = ties.Sum();
        double total = options.Resamples;
        var p = hits / total;
        var (lower, upper) = ClopperPearson99(hits, options.Resamples);
        return new PermutationLogRankResult(options.Statistic, observed, p, p - (0.5 * equal / total), options.Resamples, false, Math.Sqrt(p * (1 - p) / total), lower, upper, options.Seed, test);
    }

    /// <summary>Exact permutation p-value by full enumeration: unstratified two-group data only.</summary>
    /// <exception cref="ArgumentException">Strata, not two groups, or more relabellings than <see cref="PermutationOptions.MaxExactAssignments"/>.</exception>
    public static PermutationLogRankResult Exact(SurvivalData data, PermutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PermutationOptions();
        if (data.Strata is not null)
        {
            throw new ArgumentException("The exact permutation test is for unstratified data; use MonteCarlo for strata.", nameof(data));
        }

        if (data.Group is null || data.Group.LevelCount != 2)
        {
            throw new ArgumentException("The exact permutation test needs exactly two groups; use MonteCarlo for more.", nameof(data));
        }

        var test = LogRankTest.Compute(data, options.Test);
        var kernel = new PermutationKernel(data, options.Test);
        var n = kernel.Count;
        var n1 = kernel.Labels.Count(l => l == 0);
        var assignments = Binomial(n, n1);
        if (assignments > options.MaxExactAssignments)
        {
            throw new ArgumentException(FormattableString.Invariant($"An exact test would enumerate {assignments:G4} relabellings (limit {options.MaxExactAssignments}); use MonteCarlo."), nameof(options));
        }

        var scratch = kernel.NewScratch();
        var observed = kernel.Evaluate(options.Statistic, kernel.Labels, scratch);
        var labels = new int[n];
        var chosen = Enumerable.Range(0, n1).ToArray();
        long hits = 0;
        long equal = 0;
        long total = 0;
        while (true)
        {
            Array.Fill(labels, 1);
            foreach (var c in chosen)
            {
                labels[c] = 0;
            }

            var value = kernel.Evaluate(options.Statistic, labels, scratch);
            total++;
            if (value >= observed - PermutationKernel.Epsilon)
            {
                hits++;
            }

            if (Math.Abs(value - observed) <= PermutationKernel.Epsilon)
            {
                equal++;
            }

            // next combination in lexicographic order
            var i = n1 - 1;
            while (i >= 0 && chosen[i] == n - n1 + i)
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            chosen[i]++;
            for (var j = i + 1; j < n1; j++)
            {
                chosen[j] = chosen[j - 1] + 1;
            }
        }

        var p = (double)hits / total;
        return new PermutationLogRankResult(options.Statistic, observed, p, p - (0.5 * equal / total), total, true, 0, p, p, options.Seed, test);
    }

    /// <summary>Clopper–Pearson 99% interval for x successes in n, as R's <c>binom.test(x, n, conf.level = 0.99)</c>.</summary>
    internal static (double Lower, double Upper) ClopperPearson99(long x, long n)
    {
        const double Alpha = 0.01;
        var lower = x == 0 ? 0 : MathNet.Numerics.Distributions.Beta.InvCDF(x, n - x + 1, Alpha / 2);
        var upper = x == n ? 1 : MathNet.Numerics.Distributions.Beta.InvCDF(x + 1, n - x, 1 - (Alpha / 2));
        return (lower, upper);
    }

    private static double Binomial(int n, int k)
    {
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return Math.Round(result);
    }
}
