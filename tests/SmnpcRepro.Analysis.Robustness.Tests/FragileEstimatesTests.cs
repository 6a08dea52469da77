using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class FragileEstimatesTests
{
    [Fact]
    public void A_monotone_likelihood_is_fragile()
    {
        // Nobody with Hb < 11 g/dL dies: the ordinary Hb estimate runs to −∞ (RobustnessTestCohorts).
        var fragile = Assess(RobustnessTestCohorts.NoDeathInLowHb);
        var hb = Assert.Single(fragile, e => e.FactorKey == "hb" && e.Column == Table2Column.Univariate);
        Assert.True(hb.Reasons.HasFlag(FragilityReasons.MonotoneLikelihood));
        Assert.False(hb.Reasons.HasFlag(FragilityReasons.LargePenaltyShift), "a Firth shift of an infinite estimate is not measured");
    }

    [Fact]
    public void Fewer_than_five_events_per_variable_is_fragile_in_every_model()
    {
        // Only the first 4 deaths kept (the rest censored): 4 events for each one-coefficient univariate model.
        var deaths = 0;
        var cohort = RobustnessTestCohorts.Frozen.Select(p => p.Death && ++deaths <= 4 ? p : p with { Death = false }).ToArray();
        Assert.Equal(4, cohort.Count(p => p.Death));
        var paper = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        var fragile = FragileEstimates.Assess(paper, FirthComparison.Compute(cohort, paper), FragilityRule.Table2);
        foreach (var u in paper.Univariate)
        {
            var e = Assert.Single(fragile, f => f.FactorKey == u.Factor.Key && f.Column == Table2Column.Univariate);
            Assert.True(e.Reasons.HasFlag(FragilityReasons.FewEventsPerVariable));
            Assert.Equal(4.0, e.EventsPerVariable);
        }
    }

    [Fact]
    public void Events_per_variable_are_counted_per_model()
    {
        // The frozen cohort: 19 deaths; each univariate model has one coefficient (19 per variable), the
        // multivariate model one per entered factor.
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var fragile = Assess(RobustnessTestCohorts.Frozen);
        Assert.DoesNotContain(fragile, e => e.Column == Table2Column.Univariate && e.Reasons.HasFlag(FragilityReasons.FewEventsPerVariable));
        var fit = Assert.IsType<Survival.Cox.CoxFit>(paper.Multivariate.Fit);
        var few = fit.EventCount / (double)fit.Coefficients.Count < 5;
        Assert.All(paper.Multivariate.Entered, f => Assert.Equal(few, fragile.Any(e => e.FactorKey == f.Key && e.Column == Table2Column.Multivariate && e.Reasons.HasFlag(FragilityReasons.FewEventsPerVariable))));
    }

    [Theory]
    // Upper/lower ratio → wide under the 100-fold rule.
    [InlineData(1.0, 100.0, false)]
    [InlineData(1.0, 100.5, true)]
    [InlineData(0.0, 5.0, true)]
    [InlineData(0.5, double.PositiveInfinity, true)]
    public void An_interval_is_wide_beyond_a_hundredfold(double lower, double upper, bool wide) =>
        Assert.Equal(wide, FragilityRule.Table2.IsWide(lower, upper));

    private static IReadOnlyList<FragileEstimate> Assess(IReadOnlyList<CohortRecord> cohort)
    {
        var paper = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        return FragileEstimates.Assess(paper, FirthComparison.Compute(cohort, paper), FragilityRule.Table2);
    }
}
