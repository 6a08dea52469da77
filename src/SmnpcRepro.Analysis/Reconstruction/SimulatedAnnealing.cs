using System.Diagnostics;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>What a search run did: the best state, its loss, and how many iterations it ran.</summary>
/// <param name="Best">The best state found.</param>
/// <param name="BestLoss">Its loss.</param>
/// <param name="InitialLoss">The loss of the starting state.</param>
/// <param name="Iterations">Iterations actually run (fewer than asked when a time budget stopped the run).</param>
/// <param name="Accepted">Moves accepted.</param>
/// <param name="StoppedByBudget">Whether the time budget ended the run.</param>
public sealed record AnnealingResult(ReconstructionState Best, double BestLoss, double InitialLoss, long Iterations, long Accepted, bool StoppedByBudget);

/// <summary>
/// Simulated annealing (Kirkpatrick, Gelatt &amp; Vecchi 1983) with the Metropolis rule: a move that
/// lowers the loss is kept; one that raises it by Δ is kept with probability exp(−Δ/T). Seeded and
/// single-threaded: the same seed, moves, loss and iteration count give the same result on any machine.
/// A time budget may stop the run early; it never changes what an iteration does, so the recorded
/// iteration count reproduces the result.
/// </summary>
public static class SimulatedAnnealing
{
    private const int ClockCheckInterval = 256;

    /// <summary>Anneals from <paramref name="initial"/> (which is not modified).</summary>
    /// <param name="initial">Starting state.</param>
    /// <param name="objective">The loss of the current state and of proposals.</param>
    /// <param name="moves">The move proposals.</param>
    /// <param name="schedule">The temperature schedule.</param>
    /// <param name="seed">Seed of the search's random stream.</param>
    /// <param name="iterations">Most iterations to run.</param>
    /// <param name="budget">Optional wall-clock cap; only ever lowers the iteration count.</param>
    public static AnnealingResult Run(
        ReconstructionState initial,
        ReconstructionObjective objective,
        CohortMoves moves,
        AnnealingSchedule schedule,
        ulong seed,
        long iterations,
        TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);

        var rng = new SplitMix64(seed);
        var current = initial.Clone();
        var best = initial.Clone();
        var currentLoss = objective.Reset(current);
        var initialLoss = currentLoss;
        var bestLoss = currentLoss;
        var accepted = 0L;
        var clock = budget is null ? null : Stopwatch.StartNew();
        var run = 0L;
        var stopped = false;
        for (; run < iterations; run++)
        {
            if (clock is not null && run % ClockCheckInterval == 0 && clock.Elapsed >= budget)
            {
                stopped = true;
                break;
            }

            if (schedule.Restarts(run))
            {
                current.CopyFrom(best);
                currentLoss = objective.Reset(current);
            }

            var temperature = schedule.Temperature(run);
            var move = moves.Apply(current, ref rng);
            var proposedLoss = objective.Propose(current, move);
            var delta = proposedLoss - currentLoss;
            if (delta <= 0 || rng.NextDouble() < Math.Exp(-delta / temperature))
            {
                objective.Accept();
                currentLoss = proposedLoss;
                accepted++;
                if (currentLoss < bestLoss)
                {
                    bestLoss = currentLoss;
                    best.CopyFrom(current);
                }
            }
            else
            {
                move.Undo(current);
            }
        }

        return new AnnealingResult(best, bestLoss, initialLoss, run, accepted, stopped);
    }
}
