using System.Diagnostics;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>What a search run did: the best state over its chains, its loss, and how many iterations each chain ran.</summary>
/// <param name="Best">The best state found.</param>
/// <param name="BestLoss">Its loss.</param>
/// <param name="InitialLoss">The loss of the starting state.</param>
/// <param name="Iterations">Iterations each chain ran (fewer than asked when a time budget stopped the run).</param>
/// <param name="Accepted">Moves accepted, over all chains.</param>
/// <param name="StoppedByBudget">Whether the time budget ended the run.</param>
/// <param name="ChainLosses">Each chain's best loss, in chain order.</param>
/// <param name="BestChain">The chain the result comes from (lowest loss; the first on a tie).</param>
public sealed record AnnealingResult(
    ReconstructionState Best,
    double BestLoss,
    double InitialLoss,
    long Iterations,
    long Accepted,
    bool StoppedByBudget,
    IReadOnlyList<double> ChainLosses,
    int BestChain);

/// <summary>
/// Independent annealing chains from one start, each with its own stream derived from the seed, advanced in
/// lockstep blocks (in parallel when cores allow) and reduced to the chain with the lowest loss, the first on
/// a tie, after each chain's best is polished by a zero-temperature descent (<see cref="GreedyPolish"/>). Where the
/// schedule has a banded phase, every chain continues it from the best chain's state (<see cref="FollowTheBest"/>).
/// Thread scheduling cannot change the result: a chain's moves depend only on its own stream and state, and
/// the descent on the chain's best alone. A time budget is checked between blocks, so every chain stops at the
/// same iteration count, and that count with the seed reproduces the result.
/// </summary>
public static class SimulatedAnnealing
{
    /// <summary>Iterations between clock checks.</summary>
    public const int Block = 4096;

    /// <summary>Anneals <paramref name="chains"/> chains from <paramref name="start"/> (not modified).</summary>
    /// <param name="start">Starting state.</param>
    /// <param name="objective">Makes one objective per chain (objectives hold evaluation buffers).</param>
    /// <param name="moves">The move proposals.</param>
    /// <param name="schedule">The temperature schedule.</param>
    /// <param name="seed">Seed from which each chain's stream is derived.</param>
    /// <param name="chains">Number of chains.</param>
    /// <param name="iterations">Most iterations per chain.</param>
    /// <param name="budget">Optional wall-clock cap; only ever lowers the iteration count.</param>
    public static AnnealingResult Run(
        ReconstructionState start,
        Func<ReconstructionObjective> objective,
        CohortMoves moves,
        AnnealingSchedule schedule,
        ulong seed,
        int chains,
        long iterations,
        TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentOutOfRangeException.ThrowIfLessThan(chains, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);

        var streams = new SplitMix64(seed);
        var runs = new AnnealingChain[chains];
        for (var c = 0; c < chains; c++)
        {
            runs[c] = new AnnealingChain(start, objective(), moves, schedule, streams.NextUInt64());
        }

        var clock = Stopwatch.StartNew();
        var done = 0L;
        var stopped = false;
        while (done < iterations)
        {
            if (budget is { } limit && clock.Elapsed >= limit)
            {
                stopped = true;
                break;
            }

            var target = Math.Min(iterations, done + Block);
            var bandStart = done - (done % schedule.CycleLength) + schedule.CoolingIterations;
            if (schedule.BandedIterations > 0 && done < bandStart && target > bandStart)
            {
                target = bandStart;
            }

            Parallel.For(0, chains, c => runs[c].AdvanceTo(target));
            done = target;
            if (schedule.StartsBand(done))
            {
                FollowTheBest(runs, schedule.BandWeight(done));
            }
        }

        Parallel.For(0, chains, c => runs[c].Finish());
        var best = 0;
        for (var c = 1; c < chains; c++)
        {
            best = runs[c].BestLoss < runs[best].BestLoss ? c : best;
        }

        return new AnnealingResult(runs[best].Best, runs[best].BestLoss, runs[0].InitialLoss, done, runs.Sum(r => r.Accepted), stopped,
            runs.Select(r => r.BestLoss).ToArray(), best);
    }

    /// <summary>
    /// At the start of a banded phase: every chain's best is scored with the bands weighted <paramref name="bandWeight"/>
    /// and every chain continues from the best of them (the first on a tie), so the banded phase spends all chains on
    /// the state closest to the bands. Deterministic: it runs between blocks, when every chain stands at the same iteration.
    /// </summary>
    private static void FollowTheBest(AnnealingChain[] runs, double bandWeight)
    {
        Parallel.For(0, runs.Length, c => runs[c].Reweigh(bandWeight));
        var leader = 0;
        for (var c = 1; c < runs.Length; c++)
        {
            leader = runs[c].BestLoss < runs[leader].BestLoss ? c : leader;
        }

        for (var c = 0; c < runs.Length; c++)
        {
            if (c != leader)
            {
                runs[c].Adopt(runs[leader].Best);
            }
        }
    }
}
