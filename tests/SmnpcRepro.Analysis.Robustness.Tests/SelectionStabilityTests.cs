using System.Collections.Concurrent;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class SelectionStabilityTests
{
    private const int Resamples = 60;

    [Fact]
    public void The_same_seed_gives_the_same_result_on_one_thread_two_threads_and_all_cores()
    {
        var one = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples, MaxDegreeOfParallelism = 1 });
        var two = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples, MaxDegreeOfParallelism = 2 });
        var all = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples });
        Assert.Equal(Describe(one), Describe(two));
        Assert.Equal(Describe(one), Describe(all));
    }

    [Fact]
    public void Another_seed_gives_another_bootstrap_and_the_seed_is_reported()
    {
        var first = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples, BootstrapSeed = 1 });
        var again = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples, BootstrapSeed = 1 });
        var other = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples, BootstrapSeed = 2 });
        Assert.Equal(Describe(first), Describe(again));
        Assert.NotEqual(Describe(first), Describe(other));
        Assert.Equal(1UL, first.Seed);
        Assert.Equal(2UL, other.Seed);
    }

    [Fact]
    public void Counts_add_up_and_frequencies_are_counts_over_resamples()
    {
        var result = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = Resamples });
        Assert.Equal(Resamples, result.Resamples);
        Assert.Equal(Resamples, result.Fitted + result.NoFactorSelected + result.NotFinite + result.Failed);
        Assert.Equal(Resamples, result.ModelSizes.Sum());
        Assert.True(result.Models.Sum(m => m.Count) <= Resamples);
        Assert.Equal(PaperFactors.All.Select(f => f.Key), result.Factors.Select(f => f.FactorKey));
        foreach (var f in result.Factors)
        {
            Assert.Equal((double)f.Selected / Resamples, f.SelectionFrequency);
            Assert.InRange(f.Estimated, 0, f.Selected);
            Assert.InRange(f.Significant, 0, f.Estimated);
            Assert.InRange(f.AboveOne, 0, f.Estimated);
            if (f.Estimated > 0)
            {
                Assert.True(f.Lower <= f.MedianHazardRatio && f.MedianHazardRatio <= f.Upper, f.FactorKey);
            }
            else
            {
                Assert.True(double.IsNaN(f.MedianHazardRatio), f.FactorKey);
            }
        }

        // Total selections = Σ size × resamples of that size.
        Assert.Equal(result.ModelSizes.Select((count, size) => count * size).Sum(), result.Factors.Sum(f => f.Selected));
    }

    [Fact]
    public void The_original_data_give_the_papers_selection_and_hazard_ratios()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var result = Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = 5 });
        Assert.Equal(paper.Multivariate.Entered.Select(f => f.Key), result.Factors.Where(f => f.EnteredOriginally).Select(f => f.FactorKey));
        foreach (var f in result.Factors.Where(f => f.EnteredOriginally))
        {
            Assert.Equal(paper.Multivariate.Coefficient(f.FactorKey)!.HazardRatio, f.OriginalHazardRatio, 12);
        }
    }

    [Fact]
    public void Progress_reports_every_resample_once()
    {
        var seen = new ConcurrentBag<int>();
        Run(RobustnessTestCohorts.Frozen, new RobustnessOptions { BootstrapResamples = 25 }, new Recorder(seen));
        Assert.Equal(Enumerable.Range(1, 25), seen.Order());
    }

    [Fact]
    public void A_constant_factor_is_counted_in_every_resample_and_never_selected()
    {
        var cohort = RobustnessTestCohorts.Frozen.Select(p => p with { Sex = Sex.Male }).ToArray();
        var gender = Run(cohort, new RobustnessOptions { BootstrapResamples = 20 }).Factors.Single(f => f.FactorKey == "gender");
        Assert.Equal((20, 0, 0), (gender.Constant, gender.Selected, gender.Estimated));
    }

    [Fact]
    public void Resamples_without_events_or_with_diverging_fits_are_counted_not_fatal()
    {
        // Eight patients, one death: many resamples have no death at all (nothing can be tested), others
        // separate the death perfectly (monotone likelihood). None may throw.
        var few = RobustnessTestCohorts.Frozen.Take(8).Select((p, i) => p with { Death = i == 0 }).ToArray();
        var result = Run(few, new RobustnessOptions { BootstrapResamples = 40 });
        Assert.Equal(40, result.Fitted + result.NoFactorSelected + result.NotFinite + result.Failed);
        Assert.True(result.NoFactorSelected > 0);
        Assert.True(result.Factors.Sum(f => f.Constant) > 0);
    }

    [Fact]
    public void A_factor_with_a_monotone_likelihood_is_left_out_of_the_HR_distribution()
    {
        var result = Run(RobustnessTestCohorts.NoDeathInLowHb, new RobustnessOptions { BootstrapResamples = 40 });
        var hb = result.Factors.Single(f => f.FactorKey == "hb");
        Assert.True(hb.Selected > 0, "no deaths below 11 g/dL: the log-rank test finds it in most resamples");
        Assert.True(result.NotFinite > 0);
        Assert.True(hb.Estimated < hb.Selected);
    }

    [Fact]
    public void The_fits_take_the_profiles_Cox_options_an_iteration_cap_of_one_leaves_no_fit_converged()
    {
        var options = new RobustnessOptions { BootstrapResamples = 20, MaxDegreeOfParallelism = 1 };
        var rule = PaperAnalysis.SelectionRuleOf(ConventionsProfile.Spss18);
        var byProfile = SelectionStability.Run(RobustnessTestCohorts.Frozen, PaperFactors.All, rule, ConventionsProfile.Spss18.CoxOptions, 0.05, options);
        Assert.Equal(Describe(Run(RobustnessTestCohorts.Frozen, options)), Describe(byProfile));

        var capped = SelectionStability.Run(RobustnessTestCohorts.Frozen, PaperFactors.All, rule, ConventionsProfile.Spss18.CoxOptions with { MaxIterations = 1 }, 0.05, options);
        Assert.Equal(0, capped.Fitted);
        Assert.Equal(20 - capped.NoFactorSelected - capped.Failed, capped.NotFinite);
    }

    private static SelectionStabilityResult Run(IReadOnlyList<CohortRecord> cohort, RobustnessOptions options, IProgress<int>? progress = null) =>
        SelectionStability.Run(cohort, PaperFactors.All, PaperAnalysis.SelectionRuleOf(ConventionsProfile.Spss18), TieMethod.Breslow, 0.05, options, progress);

    /// <summary>Every number of the result as text (records holding lists do not compare by value).</summary>
    private static string Describe(SelectionStabilityResult r) =>
        string.Join('\n', r.Factors.Select(f => f.ToString()))
        + "\n" + string.Join('\n', r.Models.Select(m => string.Join('+', m.FactorKeys) + ":" + m.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + "\n" + string.Join(',', r.ModelSizes)
        + FormattableString.Invariant($"\n{r.Fitted} {r.NoFactorSelected} {r.NotFinite} {r.Failed} {r.OriginalModelCount} {r.DistinctModels}");

    private sealed class Recorder(ConcurrentBag<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
