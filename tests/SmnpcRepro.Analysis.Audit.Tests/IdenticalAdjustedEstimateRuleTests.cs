using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class IdenticalAdjustedEstimateRuleTests
{
    private static readonly HazardRatioEstimate Unadjusted = HazardRatioEstimate.Parse("4.681(1.461, 14.993)", "0.0094");

    [Fact]
    public void Identical_in_every_printed_digit_after_adjustment_is_a_likely_copy()
    {
        // 4.68 stands for [4.675, 4.685] ∋ 4.681; 14.99 for [14.985, 14.995] ∋ 14.993: equal within rounding.
        var adjusted = HazardRatioEstimate.Parse("4.68(1.461–14.99)", "0.0094*");
        var finding = IdenticalAdjustedEstimateRule.Check("x", Here, Unadjusted, adjusted, adjustedFor: 5);
        Assert.Equal(FindingClass.LikelyError, finding.Class);
        Assert.Contains("5 other factor(s)", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_with_nothing_to_adjust_for_is_expected()
    {
        Assert.Equal(FindingClass.Consistent, IdenticalAdjustedEstimateRule.Check("x", Here, Unadjusted, Unadjusted, adjustedFor: 0).Class);
    }

    [Fact]
    public void An_estimate_moved_by_adjustment_is_consistent()
    {
        var moved = HazardRatioEstimate.Parse("4.58(1.461–14.99)", "0.0094*"); // only the HR differs beyond rounding
        Assert.Equal(FindingClass.Consistent, IdenticalAdjustedEstimateRule.Check("x", Here, Unadjusted, moved, adjustedFor: 5).Class);
        Assert.Throws<ArgumentOutOfRangeException>(() => IdenticalAdjustedEstimateRule.Check("x", Here, Unadjusted, moved, adjustedFor: -1));
    }
}
