using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reconstruction.Fast;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>Incremental evaluation gives bit for bit what a full evaluation gives, so the loss is a function of the state alone.</summary>
public sealed class ReconstructionObjectiveTests
{
    [Fact]
    public void Incremental_and_full_evaluation_agree_exactly_through_accepted_and_rejected_moves()
    {
        var state = ReconstructionState.From(CohortSynthesizer.Generate(Published.Exact, 4));
        var loss = new ReconstructionLoss(Published.Targets);
        var objective = new ReconstructionObjective(new FastPaperEvaluator(ConventionsProfile.Spss18, state.Patients), loss);
        var reference = new FastPaperEvaluator(ConventionsProfile.Spss18, state.Patients);
        var moves = new CohortMoves(SearchSpace.From(Published.Exact, Published.Targets));
        var rng = new SplitMix64(4);
        objective.Reset(state);
        var metrics = PaperMetrics.Empty();
        for (var step = 0; step < 400; step++)
        {
            var move = moves.Apply(state, ref rng);
            var incremental = objective.Propose(state, move);
            reference.Evaluate(state, metrics);
            Assert.Equal(loss.Evaluate(metrics), incremental);
            if (step % 3 == 0)
            {
                move.Undo(state);
            }
            else
            {
                objective.Accept();
            }
        }
    }

    [Fact]
    public void Undo_restores_the_state()
    {
        var state = ReconstructionState.From(CohortSynthesizer.Generate(Published.Exact, 6));
        var before = Cohort.CohortCsv.Write(state.ToRecords());
        var moves = new CohortMoves(SearchSpace.From(Published.Exact, Published.Targets));
        var rng = new SplitMix64(6);
        var applied = Enumerable.Range(0, 200).Select(_ => moves.Apply(state, ref rng)).ToArray();
        Assert.NotEqual(before, Cohort.CohortCsv.Write(state.ToRecords()));
        foreach (var move in applied.Reverse())
        {
            move.Undo(state);
        }

        Assert.Equal(before, Cohort.CohortCsv.Write(state.ToRecords()));
    }
}
