using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class PercentOfTotalRuleTests
{
    [Theory]
    // By hand: 100 × 24/30 = 80; 100 × 14/30 = 46.667 → 46.67; 100 × 1/30 = 3.333 → 3.33; 0/30 = 0; 1/1 = 100.
    [InlineData(24, "80", 30)]
    [InlineData(14, "46.67", 30)]
    [InlineData(1, "3.33", 30)]
    [InlineData(0, "0", 30)]
    [InlineData(1, "100", 1)]
    [InlineData(1, "12.5", 8)]
    public void Percentages_that_the_count_gives_are_consistent(int count, string percent, int total) =>
        Assert.Equal(FindingClass.Consistent, PercentOfTotalRule.Check("x", Here, count, N(percent), total).Class);

    [Fact]
    public void A_percentage_the_count_cannot_give_is_certain_with_the_counts_and_totals_that_would()
    {
        // 100 × 14/30 = 46.667, not 46.66 (which needs [46.655, 46.665]); 14 is 46.66% of no total near 30,
        // and no count of 30 gives 46.66 either.
        var finding = PercentOfTotalRule.Check("x", Here, 14, N("46.66"), 30);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Contains("100 × 14/30 = 46.6667", finding.Computation, StringComparison.Ordinal);
        Assert.Contains("print 46.67%", finding.SuggestedEdit, StringComparison.Ordinal);

        // 24 printed as 70% of 30: 21/30 = 70% is the count that fits; 24 is 70% (±0.5) only of a total in
        // [24/0.705, 24/0.695] = [34.04, 34.53], no whole number, so no total is suggested.
        var wrong = PercentOfTotalRule.Check("x", Here, 24, N("70"), 30);
        Assert.Equal(FindingClass.CertainError, wrong.Class);
        Assert.Contains("count 21 gives 70%", wrong.SuggestedEdit, StringComparison.Ordinal);
        Assert.DoesNotContain("fits a total", wrong.Computation, StringComparison.Ordinal);

        // 24 printed as 75% of 30: 24/32 = 75%, the denominator the print fits.
        Assert.Contains("fits a total of 32", PercentOfTotalRule.Check("x", Here, 24, N("75"), 30).Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_above_the_total_or_a_total_of_zero()
    {
        Assert.Equal(FindingClass.CertainError, PercentOfTotalRule.Check("x", Here, 31, N("103.33"), 30).Class);
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentOfTotalRule.Check("x", Here, 0, N("0"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentOfTotalRule.Check("x", Here, -1, N("0"), 30));
    }
}
