using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class InstabilityRuleTests
{
    [Fact]
    public void The_rule_the_comparison_applies_is_the_object_the_appendix_and_Table_2_print()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        var result = FirthComparison.Compute(RobustnessTestCohorts.Frozen, paper);
        Assert.Same(InstabilityRule.Appendix, result.Rule);
        Assert.Same(FirthComparison.Rule, result.Rule);
        Assert.Same(result.Rule, FragilityRule.Table2.Instability);
    }

    [Theory]
    // Firth HR / ordinary HR → large shift under a factor of 1.2 either way (|Δ ln HR| > ln 1.2): closed form,
    // a rise of 20% and a fall of 1 − 1/1.2 = 16.67% are the edges.
    [InlineData(1.21, true)]
    [InlineData(1.19, false)]
    [InlineData(0.83, true)] // −17%: beyond the 16.67% fall, so unstable (the old text's "20%" would have passed it)
    [InlineData(0.84, false)]
    [InlineData(1.0, false)]
    public void A_shift_is_large_exactly_when_the_HR_ratio_leaves_one_over_1_2_to_1_2(double ratio, bool large)
    {
        var rule = InstabilityRule.Appendix;
        Assert.Equal(large, rule.IsLargeShift(0.3, 0.3 + Math.Log(ratio)));
        Assert.Equal(1.2, rule.HazardRatioFactor);
        Assert.Equal(Math.Log(1.2), rule.LargeShift, 15);
        Assert.Equal(0.2, rule.LargestRise, 12);
        Assert.Equal(1 - (1 / 1.2), rule.LargestFall, 12);
    }

    [Fact]
    public void Few_events_follow_the_same_object()
    {
        var rule = InstabilityRule.Appendix;
        Assert.True(rule.IsFewEvents(rule.FewEvents - 1));
        Assert.False(rule.IsFewEvents(rule.FewEvents));
        Assert.Equal(5, rule.FewEvents);
    }
}
