using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class MedianSurvivalOrderRuleTests
{
    [Fact]
    public void The_better_group_has_the_longer_median()
    {
        Assert.Equal(FindingClass.Consistent, MedianSurvivalOrderRule.Check("x", Here, new("good", N("24")), [new("poor", N("15"))]).Class);
        Assert.Equal(FindingClass.Consistent,
            MedianSurvivalOrderRule.Check("x", Here, new("a", N("34.11")), [new("b", N("16.82")), new("c", N("11.6"))]).Class);
    }

    [Fact]
    public void A_shorter_median_for_the_better_group_is_a_likely_error_and_a_tie_an_ambiguity()
    {
        Assert.Equal(FindingClass.LikelyError, MedianSurvivalOrderRule.Check("x", Here, new("good", N("15")), [new("poor", N("24"))]).Class);
        // 15 stands for [14.5, 15.5], 15.2 for [15.15, 15.25]: equal within rounding.
        Assert.Equal(FindingClass.Ambiguity, MedianSurvivalOrderRule.Check("x", Here, new("good", N("15")), [new("poor", N("15.2"))]).Class);
    }
}
