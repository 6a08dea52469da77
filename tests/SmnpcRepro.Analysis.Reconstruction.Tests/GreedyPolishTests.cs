using SmnpcRepro.Analysis.Reconstruction.Fast;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>The zero-temperature descent that polishes a chain's best state.</summary>
public sealed class GreedyPolishTests
{
    private static (ReconstructionState State, ReconstructionObjective Objective, SearchSpace Space) Start(ulong seed)
    {
        var state = ReconstructionState.From(CohortSynthesizer.Generate(Published.Exact, seed));
        var objective = new ReconstructionObjective(new FastPaperEvaluator(CohortReconstructor.Profile, state.Patients), new ReconstructionLoss(Published.Targets));
        return (state, objective, SearchSpace.From(Published.Exact, Published.Targets));
    }

    [Fact]
    public void A_sweep_lowers_the_loss_keeps_every_exact_target_and_reports_the_loss_the_engine_computes()
    {
        var (state, objective, space) = Start(7);
        var before = objective.Reset(state);
        var after = GreedyPolish.Run(state, objective, space, maxSweeps: 1);
        Assert.True(after < before, $"{before} → {after}");
        var cohort = state.ToRecords();
        Assert.All(ExactTargetCheck.Check(Published.Exact, cohort), e => Assert.True(e.Holds, $"{e.Label}: published {e.Published}, achieved {e.Achieved}"));
        var engine = PaperMetrics.From(PaperAnalysis.Run(cohort, CohortReconstructor.Profile));
        Assert.Equal(after, new ReconstructionLoss(Published.Targets).Evaluate(engine), 6);
    }

    [Fact]
    public void The_same_state_polishes_to_the_same_bytes()
    {
        var (a, objectiveA, space) = Start(8);
        var (b, objectiveB, _) = Start(8);
        Assert.Equal(GreedyPolish.Run(a, objectiveA, space, maxSweeps: 1), GreedyPolish.Run(b, objectiveB, space, maxSweeps: 1));
        Assert.Equal(CohortCsv.Write(a.ToRecords()), CohortCsv.Write(b.ToRecords()));
    }
}
