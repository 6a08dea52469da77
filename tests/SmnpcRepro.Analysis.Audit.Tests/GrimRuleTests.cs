using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class GrimRuleTests
{
    [Theory]
    // By hand: 13400/9 = 1488.889 → 1488.89; 17100/11 = 1554.545 → 1554.55; 1390/30 = 46.333 → 46.33.
    [InlineData("1488.89", 9, 13400L)]
    [InlineData("1554.55", 11, 17100L)]
    [InlineData("46.33", 30, 1390L)]
    [InlineData("757", 10, 7570L)]
    [InlineData("3", 1, 3L)]
    public void Means_of_whole_numbers_that_exist(string mean, int n, long sum)
    {
        Assert.Equal(sum, GrimRule.PossibleSum(N(mean), n));
        var finding = GrimRule.Mean("x", Here, N(mean), n, WholeNumberPremise.Stated);
        Assert.Equal(FindingClass.Consistent, finding.Class);
    }

    [Theory]
    // Brown & Heathers' kind of example: 28 × 5.19 = 145.32; 145/28 = 5.1786 → 5.18, 146/28 = 5.2143 → 5.21.
    [InlineData("5.19", 28)]
    // n = 1: the mean is the one value, a whole number.
    [InlineData("3.5", 1)]
    public void Means_no_whole_numbers_have(string mean, int n)
    {
        Assert.Null(GrimRule.PossibleSum(N(mean), n));
        Assert.Equal(FindingClass.CertainError, GrimRule.Mean("x", Here, N(mean), n, WholeNumberPremise.Stated).Class);
        Assert.Equal(FindingClass.LikelyError, GrimRule.Mean("x", Here, N(mean), n, WholeNumberPremise.Conventional).Class);
        Assert.Equal(FindingClass.Ambiguity, GrimRule.Mean("x", Here, N(mean), n, WholeNumberPremise.Possible).Class);
    }

    [Fact]
    public void With_no_decimals_the_mean_check_cannot_fail_and_says_so()
    {
        var finding = GrimRule.Mean("x", Here, N("46"), 30, WholeNumberPremise.Stated);
        Assert.Equal(FindingClass.Consistent, finding.Class);
        Assert.Contains("cannot fail", finding.Computation, StringComparison.Ordinal);
    }

    [Theory]
    // n even: medians are k or k + 0.5; n odd: k only.
    [InlineData("46.5", 30, true)]
    [InlineData("46", 30, true)]
    [InlineData("46.33", 30, false)]
    [InlineData("46.3", 30, false)] // [46.25, 46.35] holds neither 46.0 nor 46.5
    [InlineData("46.5", 5, false)]
    [InlineData("7", 1, true)]
    [InlineData("7.5", 1, false)]
    public void Medians_of_whole_numbers(string median, int n, bool possible)
    {
        var finding = GrimRule.Median("x", Here, N(median), n, WholeNumberPremise.Stated);
        Assert.Equal(possible ? FindingClass.Consistent : FindingClass.CertainError, finding.Class);
    }

    [Fact]
    public void An_impossible_median_that_is_a_possible_mean_says_so()
    {
        var finding = GrimRule.Median("x", Here, N("46.33"), 30, WholeNumberPremise.Conventional);
        Assert.Equal(FindingClass.LikelyError, finding.Class);
        Assert.Contains("46.0 and 46.5", finding.Computation, StringComparison.Ordinal);
        Assert.Contains("S = 1390", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void N_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GrimRule.Mean("x", Here, N("1.5"), 0, WholeNumberPremise.Stated));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrimRule.Median("x", Here, N("1.5"), 0, WholeNumberPremise.Stated));
    }
}
