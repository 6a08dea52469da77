using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// One simulated-annealing chain (Kirkpatrick, Gelatt &amp; Vecchi 1983) with the Metropolis rule: a move
/// that lowers the loss is kept; one that raises it by Δ is kept with probability exp(−Δ/T). Owns its
/// state, its objective and its random stream, so chains can run on different threads and still give the
/// same result as run one after another.
/// </summary>
public sealed class AnnealingChain
{
    private readonly ReconstructionState _current;
    private readonly ReconstructionObjective _objective;
    private readonly CohortMoves _moves;
    private readonly AnnealingSchedule _schedule;
    private SplitMix64 _rng;
    private double _currentLoss;

    /// <summary>A chain starting at <paramref name="start"/> (copied), with its own stream from <paramref name="seed"/>.</summary>
    public AnnealingChain(ReconstructionState start, ReconstructionObjective objective, CohortMoves moves, AnnealingSchedule schedule, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(start);
        _objective = objective ?? throw new ArgumentNullException(nameof(objective));
        _moves = moves ?? throw new ArgumentNullException(nameof(moves));
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        _rng = new SplitMix64(seed);
        _current = start.Clone();
        Best = start.Clone();
        InitialLoss = objective.Reset(_current);
        _currentLoss = objective.Reweigh(schedule.BandWeight(0));
        BestLoss = _currentLoss;
    }

    /// <summary>The best state so far.</summary>
    public ReconstructionState Best { get; }

    /// <summary>Its loss.</summary>
    public double BestLoss { get; private set; }

    /// <summary>The loss of the starting state.</summary>
    public double InitialLoss { get; }

    /// <summary>Iterations run.</summary>
    public long Iterations { get; private set; }

    /// <summary>Moves accepted.</summary>
    public long Accepted { get; private set; }

    /// <summary>
    /// Polishes the best state by a zero-temperature descent over every small move (<see cref="GreedyPolish"/>,
    /// at most <see cref="AnnealingSchedule.PolishSweeps"/> sweeps; none at 0); the chain continues from it.
    /// Depends on the chain's best state alone, so it too gives the same result on any thread. It finishes a
    /// cooling: a chain stopped before its first cycle ends is not polished (a descent from a barely searched
    /// state costs many sweeps and buys nothing the search would keep).
    /// </summary>
    public void Polish()
    {
        if (_schedule.PolishSweeps <= 0 || Iterations < _schedule.CycleLength)
        {
            return;
        }

        _current.CopyFrom(Best);
        var loss = GreedyPolish.Run(_current, _objective, _moves.Space, _schedule.PolishSweeps);
        if (loss < BestLoss)
        {
            BestLoss = loss;
            Best.CopyFrom(_current);
        }

        _current.CopyFrom(Best);
        _currentLoss = _objective.Reset(_current);
    }

    /// <summary>
    /// Scores the best state with the tolerance bands weighted by <paramref name="bandWeight"/> (the schedule's
    /// banded phase, or the loss's full weight at the end) and continues from it.
    /// </summary>
    public void Reweigh(double bandWeight)
    {
        _objective.Reweigh(bandWeight);
        BestLoss = _objective.Reset(Best);
        _current.CopyFrom(Best);
        _currentLoss = _objective.Reset(_current);
    }

    /// <summary>Continues from <paramref name="state"/> (another chain's best), which becomes this chain's best, at the current band weight.</summary>
    public void Adopt(ReconstructionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Best.CopyFrom(state);
        BestLoss = _objective.Reset(Best);
        _current.CopyFrom(Best);
        _currentLoss = _objective.Reset(_current);
    }

    /// <summary>Ends the chain: its best is scored with the loss's full band weight (<see cref="TargetJudgements.Band"/>) and polished.</summary>
    public void Finish()
    {
        Reweigh(TargetJudgements.Band);
        Polish();
    }

    /// <summary>Runs until <see cref="Iterations"/> reaches <paramref name="iteration"/>.</summary>
    public void AdvanceTo(long iteration)
    {
        for (; Iterations < iteration; Iterations++)
        {
            if (_schedule.Restarts(Iterations) || _schedule.StartsBand(Iterations))
            {
                Polish();
                Reweigh(_schedule.BandWeight(Iterations));
            }

            var temperature = _schedule.Temperature(Iterations);
            var move = _moves.Apply(_current, ref _rng);
            var proposed = _objective.Propose(_current, move);
            var delta = proposed - _currentLoss;
            if (delta <= 0 || _rng.NextDouble() < Math.Exp(-delta / temperature))
            {
                _objective.Accept();
                _currentLoss = proposed;
                Accepted++;
                if (_currentLoss < BestLoss)
                {
                    BestLoss = _currentLoss;
                    Best.CopyFrom(_current);
                }
            }
            else
            {
                move.Undo(_current);
            }
        }
    }
}
