using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class TieMethodAndProportionalHazardsTests
{
    [Fact]
    public void Without_tied_deaths_Breslow_and_Efron_are_the_same_fit()
    {
        var cohort = RobustnessTestCohorts.NoTiedDeaths;
        var result = TieMethodComparison.Compute(cohort, PaperAnalysis.Run(cohort, ConventionsProfile.Spss18));
        Assert.Equal((cohort.Count(p => p.Death), 0, 0), (result.DistinctDeathTimes, result.TiedDeathTimes, result.DeathsAtTiedTimes));
        foreach (var row in result.Univariate.Concat(result.Multivariate))
        {
            Assert.Equal(row.Breslow.Coefficient, row.Efron.Coefficient, 10);
            Assert.Equal(1.0, row.HazardRatioRatio, 10);
        }
    }

    [Fact]
    public void Tied_deaths_are_counted()
    {
        // Deaths at 1, 1, 1, 2, 2, 3 (and a censored 1): 3 distinct times, 2 shared, 5 deaths at them.
        var template = RobustnessTestCohorts.Frozen[0];
        var cohort = new[] { 1.0, 1, 1, 2, 2, 3 }.Select(t => template with { OsMonths = t, Death = true }).Append(template with { OsMonths = 1, Death = false }).ToArray();
        Assert.Equal((3, 2, 5), TieMethodComparison.TiedDeaths(cohort));
    }

    [Fact]
    public void The_tie_comparison_refits_the_papers_models()
    {
        var cohort = RobustnessTestCohorts.Frozen;
        var spss = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        var r = PaperAnalysis.Run(cohort, ConventionsProfile.R);
        var result = TieMethodComparison.Compute(cohort, spss);
        foreach (var row in result.Univariate)
        {
            Assert.Equal(spss.Factor(row.FactorKey).Coefficient.Coefficient, row.Breslow.Coefficient, 12);
            Assert.Equal(r.Factor(row.FactorKey).Coefficient.Coefficient, row.Efron.Coefficient, 12);
        }

        Assert.Equal(spss.Multivariate.Entered.Select(f => f.Key), result.Multivariate.Select(m => m.FactorKey));
    }

    [Fact]
    public void The_proportional_hazards_check_has_a_test_and_a_residual_per_event_for_every_term()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var check = ProportionalHazardsCheck.Compute(paper.Multivariate);
        Assert.NotNull(check);
        var zph = ProportionalHazardsTest.Compute(paper.Multivariate.Fit!);
        Assert.Equal(paper.Multivariate.Entered.Select(f => f.Key), check.Terms.Select(t => t.FactorKey));
        Assert.Equal(zph.Global, check.Global);
        var events = RobustnessTestCohorts.Frozen.Count(p => p.Death);
        Assert.Equal(events, check.EventTimes.Count);
        Assert.True(check.TransformedTimes.Zip(check.TransformedTimes.Skip(1)).All(p => p.First <= p.Second), "1 − KM(t−) increases with time");
        foreach (var term in check.Terms)
        {
            Assert.Equal(events, term.Residuals.Count);
            // plot.cox.zph's smooth: 40 grid points over the residuals' time range, the band around it.
            Assert.NotNull(term.Smooth);
            Assert.Equal(40, term.Smooth.X.Count);
            Assert.Equal(check.TransformedTimes[0], term.Smooth.X[0]);
            Assert.Equal(check.TransformedTimes[^1], term.Smooth.X[^1]);
            Assert.All(Enumerable.Range(0, 40), i => Assert.True(term.Smooth.Lower[i] < term.Smooth.Fitted[i] && term.Smooth.Fitted[i] < term.Smooth.Upper[i]));
            Assert.Equal(paper.Multivariate.Coefficient(term.FactorKey)!.Coefficient, term.Coefficient);
            // The residuals scatter around β̂: Σ (r − β̂) = d · Σ Schoenfeld residuals · V = 0 at the MLE.
            Assert.Equal(term.Coefficient, term.Residuals.Average(), 6);
        }
    }

    [Fact]
    public void Without_a_multivariate_model_there_is_no_check()
    {
        var none = new Multivariate.MultivariateResult(new Multivariate.SelectionRule(Multivariate.SelectionTest.LogRank, 0.1), [], [], null);
        Assert.Null(ProportionalHazardsCheck.Compute(none));
    }
}
