using SmnpcRepro.Analysis.Reconstruction.Fast;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The loss of the annealer's current state and of a proposed move, evaluated incrementally: a move that
/// changes one factor's groups recomputes that factor (and the multivariate model when it is involved); a
/// move of survival recomputes everything. Both paths give exactly the numbers a full evaluation gives, so
/// the loss is a function of the state alone.
/// </summary>
public sealed class ReconstructionObjective(FastPaperEvaluator evaluator, ReconstructionLoss loss)
{
    private double[] _current = PaperMetrics.Empty();
    private double[] _proposed = PaperMetrics.Empty();

    /// <summary>The evaluator.</summary>
    public FastPaperEvaluator Evaluator { get; } = evaluator ?? throw new ArgumentNullException(nameof(evaluator));

    /// <summary>The loss.</summary>
    public ReconstructionLoss Loss { get; } = loss ?? throw new ArgumentNullException(nameof(loss));

    /// <summary>The weight of the tolerance bands in this objective's loss (the loss's own, <see cref="TargetJudgements.Band"/>, until changed).</summary>
    public double BandWeight { get; private set; } = TargetJudgements.Band;

    /// <summary>Changes the weight of the tolerance bands (the schedule's banded phase); returns the current state's loss under it.</summary>
    public double Reweigh(double bandWeight)
    {
        BandWeight = bandWeight;
        return Loss.Evaluate(_current, BandWeight);
    }

    /// <summary>Evaluates <paramref name="state"/> in full and makes it the current state; returns its loss.</summary>
    public double Reset(ReconstructionState state)
    {
        Evaluator.Evaluate(state, _current);
        return Loss.Evaluate(_current, BandWeight);
    }

    /// <summary>The loss of <paramref name="state"/>, which is the current state after <paramref name="move"/>.</summary>
    public double Propose(ReconstructionState state, in CohortMove move)
    {
        if (move.Factor >= 0)
        {
            _current.CopyTo(_proposed, 0);
            Evaluator.Update(state, move.Factor, _proposed);
        }
        else
        {
            Evaluator.Evaluate(state, _proposed);
        }

        return Loss.Evaluate(_proposed, BandWeight);
    }

    /// <summary>The proposed state becomes the current one.</summary>
    public void Accept() => (_current, _proposed) = (_proposed, _current);
}
