using System.Globalization;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>The search end to end with a small iteration budget: deterministic, exact targets kept, loss lowered.</summary>
public sealed class CohortReconstructorTests
{
    private const long SmallBudget = 3_000;

    private static ReconstructionResult Run(ulong seed, long iterations, TimeSpan? budget = null, int chains = 2) =>
        CohortReconstructor.Run(Published.Exact, Published.Targets, new ReconstructionOptions(seed, iterations, budget, chains));

    [Fact]
    public void Same_seed_and_iterations_give_the_same_bytes_another_seed_another_cohort()
    {
        var a = CohortCsv.Write(Run(11, SmallBudget).Cohort);
        var b = CohortCsv.Write(Run(11, SmallBudget).Cohort);
        var c = CohortCsv.Write(Run(12, SmallBudget).Cohort);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(ReconstructionOptions.DefaultSeed)]
    public void Every_exact_target_holds_after_the_search(ulong seed)
    {
        var result = Run(seed, SmallBudget);
        var cohort = result.Cohort;
        Assert.All(ExactTargetCheck.Check(Published.Exact, cohort), e => Assert.True(e.Holds, $"{e.Label}: published {e.Published}, achieved {e.Achieved}"));

        // The same, spelled out from published.yaml's numbers: 19 deaths, 6 synchronous, groups 9/11/10, follow-up
        // 4–141 months, ages whole years 30–70, blood loss and operation time group means as printed.
        Assert.Equal(Published.Paper.Integer("text.results_survival.deaths.count"), cohort.Count(p => p.Death));
        Assert.Equal(Published.Paper.Integer("text.results_patients.synchronous.count"), cohort.Count(p => p.MetastasisTiming == MetastasisTiming.Synchronous));
        Assert.Equal([9, 11, 10], new[] { SurgicalOption.EnBloc, SurgicalOption.Piecemeal, SurgicalOption.DebulkingSubtotal }.Select(g => cohort.Count(p => p.SurgicalOption == g)));
        Assert.Equal((4.0, 141.0), (cohort.Min(p => p.OsMonths), cohort.Max(p => p.OsMonths)));
        Assert.All(cohort, p => Assert.Equal(p.OsMonths, Math.Round(p.OsMonths, 2)));
        Assert.Equal((30, 70), (cohort.Min(p => p.Age), cohort.Max(p => p.Age)));
        string Mean(SurgicalOption g, Func<CohortRecord, int> f) =>
            cohort.Where(p => p.SurgicalOption == g).Average(p => (double)f(p)).ToString("0.##", CultureInfo.InvariantCulture);
        SurgicalOption[] groups = [SurgicalOption.EnBloc, SurgicalOption.Piecemeal, SurgicalOption.DebulkingSubtotal];
        Assert.Equal(["1488.89", "1554.55", "757"], groups.Select(g => Mean(g, p => p.BloodLoss)));
        Assert.Equal(["327.22", "311.36", "195"], groups.Select(g => Mean(g, p => p.OperationTime)));
        var frankelLow = cohort.Count(p => p.FrankelPreop <= FrankelPreop.C);
        Assert.InRange(frankelLow, result.Space.FrankelLowGroupMin, result.Space.FrankelLowGroupMax);
    }

    [Fact]
    public void The_search_lowers_the_loss_and_the_engine_agrees_with_the_loss_it_reports()
    {
        var result = Run(5, SmallBudget);
        Assert.True(result.FinalLoss < result.InitialLoss / 10, $"{result.InitialLoss} → {result.FinalLoss}");
        var engine = PaperMetrics.From(PaperAnalysis.Run(result.Cohort, CohortReconstructor.Profile));
        var loss = new ReconstructionLoss(Published.Targets).Evaluate(engine);
        Assert.Equal(result.FinalLoss, loss, 6);
    }

    [Fact]
    public void A_run_stopped_by_the_time_budget_is_reproduced_by_its_iteration_count()
    {
        var stopped = Run(3, long.MaxValue, TimeSpan.FromMilliseconds(300));
        Assert.True(stopped.StoppedByBudget);
        Assert.True(stopped.Iterations > 0);
        var replayed = Run(3, stopped.Iterations);
        Assert.False(replayed.StoppedByBudget);
        Assert.Equal(CohortCsv.Write(stopped.Cohort), CohortCsv.Write(replayed.Cohort));
    }

    [Fact]
    public void Chains_run_in_parallel_give_what_each_gives_alone_and_the_best_is_kept()
    {
        var alone = Run(13, SmallBudget, chains: 1);
        var together = Run(13, SmallBudget, chains: 3);
        Assert.Equal(alone.FinalLoss, together.ChainLosses[0]);
        Assert.Equal(together.ChainLosses.Min(), together.FinalLoss);
        Assert.Equal(together.ChainLosses.ToList().IndexOf(together.ChainLosses.Min()), together.BestChain);
    }

    [Fact]
    public void A_polished_run_is_deterministic_keeps_the_exact_targets_and_its_chains_are_independent()
    {
        // A short cycle, so the polish (which finishes a cycle) runs; one sweep keeps the test fast. No banded
        // phase: its start makes every chain continue from the best one (tested below).
        var schedule = AnnealingSchedule.Default with { CycleLength = 1_000, PolishSweeps = 1, BandLength = 0 };
        ReconstructionResult Polished(int chains) =>
            CohortReconstructor.Run(Published.Exact, Published.Targets, new ReconstructionOptions(17, 1_000, null, chains), schedule);
        var alone = Polished(1);
        var together = Polished(2);
        var unpolished = CohortReconstructor.Run(Published.Exact, Published.Targets, new ReconstructionOptions(17, 1_000, null, 1), schedule with { PolishSweeps = 0 });
        Assert.True(alone.FinalLoss < unpolished.FinalLoss, $"{unpolished.FinalLoss} → {alone.FinalLoss}");
        Assert.Equal(alone.FinalLoss, together.ChainLosses[0]);
        Assert.Equal(CohortCsv.Write(alone.Cohort), CohortCsv.Write(Polished(1).Cohort));
        Assert.All(ExactTargetCheck.Check(Published.Exact, alone.Cohort), e => Assert.True(e.Holds, e.Label));
    }

    [Fact]
    public void A_run_with_a_banded_phase_is_deterministic_keeps_the_exact_targets_and_reports_the_engines_loss()
    {
        // A short cycle whose last 400 iterations are the banded phase (every chain continues from the best one).
        var schedule = AnnealingSchedule.Default with { CycleLength = 1_000, PolishSweeps = 1, BandLength = 400 };
        ReconstructionResult Banded() =>
            CohortReconstructor.Run(Published.Exact, Published.Targets, new ReconstructionOptions(19, 1_000, null, 3), schedule);
        var a = Banded();
        Assert.Equal(CohortCsv.Write(a.Cohort), CohortCsv.Write(Banded().Cohort));
        Assert.Equal(a.ChainLosses.Min(), a.FinalLoss);
        Assert.All(ExactTargetCheck.Check(Published.Exact, a.Cohort), e => Assert.True(e.Holds, e.Label));
        var engine = PaperMetrics.From(PaperAnalysis.Run(a.Cohort, CohortReconstructor.Profile));
        Assert.Equal(a.FinalLoss, new ReconstructionLoss(Published.Targets).Evaluate(engine), 6);
    }

    [Fact]
    public void Zero_iterations_give_the_starting_cohort()
    {
        var result = Run(9, 0);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(result.InitialLoss, result.FinalLoss);
    }
}
