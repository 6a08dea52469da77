using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class BlockSumRuleTests
{
    [Fact]
    public void Counts_must_sum_to_the_whole_exactly()
    {
        Assert.Equal(FindingClass.Consistent, BlockSumRule.Counts("x", Here, [new("a", 9), new("b", 11), new("c", 10)], 30).Class);
        var off = BlockSumRule.Counts("x", Here, [new("a", 9), new("b", 11), new("c", 11)], 30);
        Assert.Equal(FindingClass.CertainError, off.Class);
        Assert.Contains("9 + 11 + 11 = 31, not 30 (off by 1)", off.Computation, StringComparison.Ordinal);
        Assert.Equal(FindingClass.Consistent, BlockSumRule.Counts("x", Here, [], 0).Class); // an empty block of nobody
    }

    [Fact]
    public void Percentages_must_sum_to_100_within_the_rounding_of_each_print()
    {
        // 33.33 × 3 = 99.99; three prints at 2 decimals may miss 100 by 3 × 0.005 = 0.015.
        Assert.Equal(FindingClass.Consistent, BlockSumRule.Percents("x", Here, [new("a", N("33.33")), new("b", N("33.33")), new("c", N("33.33"))]).Class);
        // 33.3 × 3 = 99.9; at 1 decimal the slack is 3 × 0.05 = 0.15.
        Assert.Equal(FindingClass.Consistent, BlockSumRule.Percents("x", Here, [new("a", N("33.3")), new("b", N("33.3")), new("c", N("33.3"))]).Class);
        // 33.30 × 3 = 99.90; at 2 decimals the slack is 0.015: too far.
        Assert.Equal(FindingClass.CertainError, BlockSumRule.Percents("x", Here, [new("a", N("33.30")), new("b", N("33.30")), new("c", N("33.30"))]).Class);
        Assert.Equal(FindingClass.CertainError, BlockSumRule.Percents("x", Here, [new("a", N("30")), new("b", N("30")), new("c", N("30"))]).Class);
    }
}
