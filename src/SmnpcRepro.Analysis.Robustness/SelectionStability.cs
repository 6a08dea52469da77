using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The stability of the paper's selection rule: the whole procedure (screen every factor, fit the factors
/// that pass in one Cox model) re-run on bootstrap resamples of the patients (drawn with replacement),
/// counting how often each factor is selected and collecting its multivariate HR. Resample r draws from
/// its own SplitMix64 stream, seeded with the r-th output of a stream seeded by
/// <see cref="RobustnessOptions.BootstrapSeed"/>, and the outcomes are reduced in resample order, so the
/// result is identical for any number of threads. Resamples in which a factor is constant, no factor
/// passes, a fit fails or does not converge are counted, never fatal.
/// </summary>
public static class SelectionStability
{
    /// <summary>Most candidate factors (one bit each in a resample's selection).</summary>
    public const int MaxFactors = 30;

    /// <summary>The bootstrap under <paramref name="rule"/>, with Cox fits under R's defaults and <paramref name="ties"/>.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="factors">The candidate factors, in Table 2 order.</param>
    /// <param name="rule">The screening rule.</param>
    /// <param name="ties">Tie method of the Cox fits.</param>
    /// <param name="significanceLevel">The level at which a multivariate p counts as significant.</param>
    /// <param name="options">Resamples, seed and threads.</param>
    /// <param name="progress">Receives the number of resamples done so far (from any thread), or null.</param>
    public static SelectionStabilityResult Run(
        IReadOnlyList<CohortRecord> cohort,
        IReadOnlyList<PrognosticFactor> factors,
        SelectionRule rule,
        TieMethod ties,
        double significanceLevel,
        RobustnessOptions options,
        IProgress<int>? progress = null) =>
        Run(cohort, factors, rule, CoxOptions.Default with { Ties = ties }, significanceLevel, options, progress);

    /// <summary>The bootstrap under <paramref name="rule"/>, with Cox fits under <paramref name="cox"/> (the profile's <c>CoxOptions</c>, as the paper's analysis fits them).</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="factors">The candidate factors, in Table 2 order.</param>
    /// <param name="rule">The screening rule.</param>
    /// <param name="cox">The Cox fits' controls: ties, eps, iter.max, toler.chol.</param>
    /// <param name="significanceLevel">The level at which a multivariate p counts as significant.</param>
    /// <param name="options">Resamples, seed and threads.</param>
    /// <param name="progress">Receives the number of resamples done so far (from any thread), or null.</param>
    public static SelectionStabilityResult Run(
        IReadOnlyList<CohortRecord> cohort,
        IReadOnlyList<PrognosticFactor> factors,
        SelectionRule rule,
        CoxOptions cox,
        double significanceLevel,
        RobustnessOptions options,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cox);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (factors.Count > MaxFactors)
        {
            throw new ArgumentException(FormattableString.Invariant($"At most {MaxFactors} candidate factors; got {factors.Count}."), nameof(factors));
        }

        if (cohort.Count == 0)
        {
            throw new ArgumentException("The cohort is empty.", nameof(cohort));
        }

        var screening = new ResampleScreening(cohort, factors, rule, cox, significanceLevel);
        var resamples = options.BootstrapResamples;
        var k = factors.Count;
        var seeds = SeedSequence.Of(options.BootstrapSeed, resamples);
        var outcomes = new ResampleResult[resamples];
        var logHazardRatios = new double[resamples * k];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, resamples, parallel, screening.NewScratch, (r, _, scratch) =>
        {
            var rows = scratch.Rows;
            var stream = new SplitMix64(seeds[r]);
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = stream.NextInt(0, rows.Length - 1);
            }

            outcomes[r] = screening.Run(rows, logHazardRatios.AsSpan(r * k, k), scratch);
            progress?.Report(Interlocked.Increment(ref done));
            return scratch;
        }, _ => { });

        return Summarise(factors, rule, cox.Ties, significanceLevel, options, outcomes, logHazardRatios, OriginalSelection(screening, cohort.Count, factors.Count));
    }

    /// <summary>The selection on the original data (every patient once) and its log HRs.</summary>
    private static (int Selected, double[] LogHazardRatio) OriginalSelection(ResampleScreening screening, int patients, int factors)
    {
        var logHr = new double[factors];
        var outcome = screening.Run(Enumerable.Range(0, patients).ToArray(), logHr, screening.NewScratch());
        return (outcome.Selected, logHr);
    }

    private static SelectionStabilityResult Summarise(
        IReadOnlyList<PrognosticFactor> factors,
        SelectionRule rule,
        TieMethod ties,
        double significanceLevel,
        RobustnessOptions options,
        ResampleResult[] outcomes,
        double[] logHazardRatios,
        (int Selected, double[] LogHazardRatio) original)
    {
        var k = factors.Count;
        var resamples = outcomes.Length;
        var rows = new FactorSelectionRow[k];
        var values = new List<double>(resamples);
        for (var f = 0; f < k; f++)
        {
            var bit = 1 << f;
            var selected = 0;
            var significant = 0;
            var constant = 0;
            values.Clear();
            for (var r = 0; r < resamples; r++)
            {
                selected += (outcomes[r].Selected & bit) != 0 ? 1 : 0;
                significant += (outcomes[r].Significant & bit) != 0 ? 1 : 0;
                constant += (outcomes[r].Constant & bit) != 0 ? 1 : 0;
                var v = logHazardRatios[(r * k) + f];
                if (!double.IsNaN(v))
                {
                    values.Add(Math.Exp(v));
                }
            }

            var sorted = values.ToArray();
            Array.Sort(sorted);
            var entered = (original.Selected & bit) != 0;
            rows[f] = new FactorSelectionRow(
                factors[f].Key,
                factors[f].Label,
                entered,
                entered ? Math.Exp(original.LogHazardRatio[f]) : double.NaN,
                selected,
                (double)selected / resamples,
                significant,
                sorted.Length,
                Quantile.Type7(sorted, 0.5),
                Quantile.Type7(sorted, 0.025),
                Quantile.Type7(sorted, 0.975),
                sorted.Count(h => h > 1),
                constant);
        }

        var sets = new Dictionary<int, int>();
        var sizes = new int[k + 1];
        var fits = new int[Enum.GetValues<ResampleFit>().Length];
        foreach (var o in outcomes)
        {
            sets[o.Selected] = sets.GetValueOrDefault(o.Selected) + 1;
            sizes[System.Numerics.BitOperations.PopCount((uint)o.Selected)]++;
            fits[(int)o.Fit]++;
        }

        var models = sets
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key)
            .Take(10)
            .Select(s => new ModelFrequency(Enumerable.Range(0, k).Where(f => (s.Key & (1 << f)) != 0).Select(f => factors[f].Key).ToArray(), s.Value))
            .ToArray();
        var last = Array.FindLastIndex(sizes, c => c > 0);
        return new SelectionStabilityResult(
            resamples,
            options.BootstrapSeed,
            rule,
            ties,
            significanceLevel,
            rows,
            fits[(int)ResampleFit.Fitted],
            fits[(int)ResampleFit.NoFactorSelected],
            fits[(int)ResampleFit.NotFinite],
            fits[(int)ResampleFit.Failed],
            models,
            sets.GetValueOrDefault(original.Selected),
            sets.Count,
            sizes[..(last + 1)]);
    }
}
