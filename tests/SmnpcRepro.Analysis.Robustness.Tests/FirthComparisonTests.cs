using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class FirthComparisonTests
{
    [Fact]
    public void A_monotone_likelihood_is_marked_diverging_while_Firth_stays_finite()
    {
        // Nobody with Hb < 11 g/dL dies: the ordinary Hb coefficient runs to −∞ (R's infinite check fires).
        var cohort = RobustnessTestCohorts.NoDeathInLowHb;
        var paper = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        var hb = FirthComparison.Compute(cohort, paper).Univariate.Single(r => r.FactorKey == "hb");

        Assert.True(hb.Ordinary.MayBeInfinite);
        Assert.Equal(EstimateStability.Diverges, hb.Stability);
        Assert.True(hb.Reasons.HasFlag(StabilityReasons.MonotoneLikelihood));
        Assert.True(hb.Reasons.HasFlag(StabilityReasons.FewEventsInGroup));
        Assert.Equal(0, hb.FewestGroupEvents);
        var firth = Assert.IsType<FirthCoefficient>(hb.Firth);
        Assert.True(double.IsFinite(firth.Coefficient) && firth.Coefficient < 0, "Firth keeps the estimate finite and in the data's direction");
        Assert.True(firth.HazardRatio > 0 && firth.HazardRatio < 1);
        Assert.True(double.IsFinite(firth.ConfidenceInterval.Upper) && firth.ConfidenceInterval.Upper > firth.HazardRatio);
        Assert.True(firth.ConfidenceInterval.Lower >= 0 && firth.ConfidenceInterval.Lower < firth.HazardRatio);
    }

    [Fact]
    public void Every_univariate_row_and_every_multivariate_term_is_compared()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var result = FirthComparison.Compute(RobustnessTestCohorts.Frozen, paper);
        Assert.Equal(PaperFactors.All.Select(f => f.Key), result.Univariate.Select(r => r.FactorKey));
        Assert.Equal(paper.Multivariate.Entered.Select(f => f.Key), result.Multivariate.Select(r => r.FactorKey));
        Assert.Equal(TieMethod.Breslow, result.OrdinaryTies);
        foreach (var r in result.Univariate)
        {
            Assert.Same(paper.Factor(r.FactorKey).Coefficient, r.Ordinary);
            Assert.NotNull(r.Firth);
            Assert.Equal(FirthComparison.Classify(r.Reasons), r.Stability);
        }
    }

    [Theory]
    // Reasons → classification: divergence outranks instability.
    [InlineData(StabilityReasons.None, EstimateStability.Stable)]
    [InlineData(StabilityReasons.FewEventsInGroup, EstimateStability.Unstable)]
    [InlineData(StabilityReasons.LargePenaltyShift, EstimateStability.Unstable)]
    [InlineData(StabilityReasons.MonotoneLikelihood | StabilityReasons.FewEventsInGroup, EstimateStability.Diverges)]
    [InlineData(StabilityReasons.NotConverged, EstimateStability.Diverges)]
    [InlineData(StabilityReasons.NotEstimable, EstimateStability.Diverges)]
    public void Classification_follows_the_reasons(StabilityReasons reasons, EstimateStability expected) =>
        Assert.Equal(expected, FirthComparison.Classify(reasons));

    [Fact]
    public void A_Firth_fit_that_cannot_be_made_leaves_the_row_with_its_reason()
    {
        // A constant covariate: coxph marks it not estimable; coxphf cannot standardise it.
        var data = new CoxData([1, 2, 3, 4, 5], [1, 1, 0, 1, 1], [Survival.Cox.Design.CovariateSpec.Numeric("x", [1, 1, 1, 1, 1])]);
        var ordinary = CoxModel.Fit(data);
        var row = Assert.Single(FirthComparison.Compare(data, ordinary, ["x"], [4]));
        Assert.Null(row.Firth);
        Assert.Contains("constant", row.FirthProblem, StringComparison.Ordinal);
        Assert.Equal(EstimateStability.Diverges, row.Stability);
        Assert.True(row.Reasons.HasFlag(StabilityReasons.NotEstimable));
    }
}
