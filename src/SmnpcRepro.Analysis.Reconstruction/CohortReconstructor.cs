using System.Globalization;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Reconstruction.Fast;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>How to run a reconstruction.</summary>
/// <param name="Seed">Seed of the initial cohort and of the search.</param>
/// <param name="Iterations">Iterations of the search.</param>
/// <param name="Budget">Optional wall-clock cap on the search (lowers the iteration count only; the count run is recorded).</param>
/// <param name="Chains">Independent annealing chains; each runs <paramref name="Iterations"/> iterations.</param>
public sealed record ReconstructionOptions(ulong Seed, long Iterations, TimeSpan? Budget = null, int Chains = ReconstructionOptions.DefaultChains)
{
    /// <summary>Independent annealing chains of the committed <c>data/cohort.csv</c> (the best is kept).</summary>
    public const int DefaultChains = 4;

    /// <summary>The seed of the committed <c>data/cohort.csv</c>.</summary>
    public const ulong DefaultSeed = CohortSynthesizer.DefaultSeed;

    /// <summary>The iterations of the committed <c>data/cohort.csv</c>.</summary>
    public const long DefaultIterations = 1_000_000;
}

/// <summary>A reconstructed cohort and how it was made.</summary>
/// <param name="Cohort">The 30 patients.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Iterations">Iterations each chain ran (reproduce with this count, the seed and the chains).</param>
/// <param name="IterationsAsked">Iterations asked for.</param>
/// <param name="StoppedByBudget">Whether the time budget stopped the search early.</param>
/// <param name="InitialLoss">Loss of the initial (synthesized) cohort, lean evaluation.</param>
/// <param name="FinalLoss">Loss of the result, lean evaluation.</param>
/// <param name="Accepted">Moves accepted, over all chains.</param>
/// <param name="Chains">Number of chains.</param>
/// <param name="ChainLosses">Each chain's best loss.</param>
/// <param name="BestChain">The chain the cohort comes from.</param>
/// <param name="Schedule">The annealing schedule.</param>
/// <param name="Space">The bounds the search kept.</param>
public sealed record ReconstructionResult(
    IReadOnlyList<CohortRecord> Cohort,
    ulong Seed,
    long Iterations,
    long IterationsAsked,
    bool StoppedByBudget,
    double InitialLoss,
    double FinalLoss,
    long Accepted,
    int Chains,
    IReadOnlyList<double> ChainLosses,
    int BestChain,
    AnnealingSchedule Schedule,
    SearchSpace Space);

/// <summary>
/// The reconstruction: a synthesized cohort that meets every exact target (<see cref="CohortSynthesizer"/>)
/// is the starting state; simulated annealing moves values between patients, survival times, deaths and
/// Frankel grades (<see cref="CohortMoves"/>, which keep the exact targets) to lower the loss over the
/// published survival results (<see cref="ReconstructionLoss"/>), evaluated on the spss18 profile by the
/// lean path (<see cref="FastPaperEvaluator"/>). Deterministic in (seed, iterations).
/// </summary>
public static class CohortReconstructor
{
    /// <summary>How many starting survivals are drawn (the best is kept).</summary>
    public const int StartingDraws = 200;

    /// <summary>The conventions the loss is computed under: the paper's software.</summary>
    public static ConventionsProfile Profile => ConventionsProfile.Spss18;

    /// <summary>Runs the reconstruction.</summary>
    /// <exception cref="InvalidOperationException">The result misses an exact target (a bug: the moves keep them).</exception>
    public static ReconstructionResult Run(SynthesisTargets exact, IReadOnlyList<ReconstructionTarget> targets, ReconstructionOptions options, AnnealingSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        schedule ??= AnnealingSchedule.Default;
        var initial = ReconstructionState.From(CohortSynthesizer.Generate(exact, options.Seed));
        var space = SearchSpace.From(exact, targets);
        var rng = new SplitMix64(SearchSeed(options.Seed));
        var loss = new ReconstructionLoss(targets);
        ReconstructionObjective Objective() => new(new FastPaperEvaluator(Profile, initial.Patients), loss);
        BestStart(initial, Objective(), targets, exact.Deaths, space, ref rng);
        var annealed = SimulatedAnnealing.Run(initial, Objective, new CohortMoves(space), schedule, rng.NextUInt64(), options.Chains, options.Iterations, options.Budget);
        var cohort = annealed.Best.ToRecords();
        var missed = ExactTargetCheck.Check(exact, cohort).Where(c => !c.Holds).ToArray();
        if (missed.Length > 0)
        {
            throw new InvalidOperationException("The reconstruction missed exact targets: " + string.Join("; ", missed.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Label} {m.Achieved} ≠ {m.Published}"))));
        }

        return new ReconstructionResult(cohort, options.Seed, annealed.Iterations, options.Iterations, annealed.StoppedByBudget,
            annealed.InitialLoss, annealed.BestLoss, annealed.Accepted, options.Chains, annealed.ChainLosses, annealed.BestChain, schedule, space);
    }

    /// <summary>
    /// Draws <see cref="StartingDraws"/> starting survivals and keeps the best: first the fewest factors
    /// that must enter the multivariate model with their hazard ratio on the wrong side of 1, then the lowest
    /// loss. One draw of 30 patients can, by chance, turn a modest published effect round, and the selection
    /// constraint (log-rank p ≤ 0.10, blind to direction) then walls the search off from the published
    /// direction: turning an effect round passes through p ≈ 1.
    /// </summary>
    private static void BestStart(ReconstructionState state, ReconstructionObjective objective, IReadOnlyList<ReconstructionTarget> targets, int deaths, SearchSpace space, ref SplitMix64 rng)
    {
        var logHazards = StartingLogHazards(targets);
        var median = StartingMedian(targets);
        var directions = targets
            .Where(t => t.Section == TargetSection.Selection && t.Quantity.Kind == MetricKind.LogRankP && t.Relation == TargetRelation.AtMost)
            .Select(t => targets.First(h => h.Quantity == new PaperQuantity(MetricKind.HazardRatio, t.Quantity.FactorKey)))
            .Select(h => (h.Quantity.Index, Published: h.Published))
            .ToArray();
        var metrics = PaperMetrics.Empty();
        var best = state.Clone();
        var bestScore = (Wrong: int.MaxValue, Loss: double.PositiveInfinity);
        for (var draw = 0; draw < StartingDraws; draw++)
        {
            InitialSurvival.Draw(state, logHazards, median, deaths, space, ref rng);
            objective.Evaluator.Evaluate(state, metrics);
            var wrong = directions.Count(d => !((metrics[d.Index] - 1) * (d.Published - 1) > 0));
            var loss = objective.Loss.Evaluate(metrics);
            if (wrong < bestScore.Wrong || (wrong == bestScore.Wrong && loss < bestScore.Loss))
            {
                bestScore = (wrong, loss);
                best.CopyFrom(state);
            }
        }

        state.CopyFrom(best);
    }

    /// <summary>The published univariate log hazard ratio of each factor (Table 2 order), where the survival draw starts.</summary>
    public static IReadOnlyList<double> StartingLogHazards(IReadOnlyList<ReconstructionTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return ReconstructionState.Factors
            .Select(f => targets.FirstOrDefault(t => t.Quantity == new PaperQuantity(MetricKind.HazardRatio, f.Key)) is { } hr ? Math.Log(hr.Published) : 0.0)
            .ToArray();
    }

    /// <summary>The published overall median, the baseline of the survival draw.</summary>
    public static double StartingMedian(IReadOnlyList<ReconstructionTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.First(t => t.Quantity.Kind == MetricKind.OverallMedian).Published;
    }

    /// <summary>The search's own stream, derived from the seed (the initial cohort uses the seed itself).</summary>
    public static ulong SearchSeed(ulong seed) => new SplitMix64(~seed).NextUInt64();
}
