using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

/// <summary>n = 30 sorted values: the median is the mean of the 15th and 16th. If only 14 are ≤46, both are &gt;46.</summary>
public sealed class MedianVersusCountRuleTests
{
    private static readonly LowerSideCount FourteenAtMost46 = new(46, IncludesCut: true, Count: 14);

    [Fact]
    public void A_median_on_the_wrong_side_of_the_cut_is_certain()
    {
        var finding = MedianVersusCountRule.Check("x", Here, N("45"), 30, FourteenAtMost46, WholeNumberPremise.Possible);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Contains("15th and 16th values", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_median_just_above_the_cut_is_impossible_only_for_whole_numbers()
    {
        // Real values: median > 46 allows 46.33. Whole numbers: both middle values ≥ 47, so median ≥ 47.
        Assert.Equal(FindingClass.LikelyError, MedianVersusCountRule.Check("x", Here, N("46.33"), 30, FourteenAtMost46, WholeNumberPremise.Conventional).Class);
        Assert.Equal(FindingClass.Ambiguity, MedianVersusCountRule.Check("x", Here, N("46.33"), 30, FourteenAtMost46, WholeNumberPremise.Possible).Class);
        Assert.Equal(FindingClass.Consistent, MedianVersusCountRule.Check("x", Here, N("47"), 30, FourteenAtMost46, WholeNumberPremise.Stated).Class);
    }

    [Fact]
    public void Half_the_values_on_each_side_do_not_bound_the_median()
    {
        var finding = MedianVersusCountRule.Check("x", Here, N("10"), 30, new LowerSideCount(46, true, 15), WholeNumberPremise.Stated);
        Assert.Equal(FindingClass.Consistent, finding.Class);
        Assert.Contains("straddle", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Odd_n_and_a_strict_cut()
    {
        // n = 5, 3 values <12: the 3rd (middle) value is <12, so the median is <12 (≤11 for whole numbers).
        var three = new LowerSideCount(12, IncludesCut: false, Count: 3);
        Assert.Equal(FindingClass.Consistent, MedianVersusCountRule.Check("x", Here, N("11"), 5, three, WholeNumberPremise.Stated).Class);
        Assert.Equal(FindingClass.CertainError, MedianVersusCountRule.Check("x", Here, N("13"), 5, three, WholeNumberPremise.Stated).Class);
        Assert.Equal(FindingClass.CertainError, MedianVersusCountRule.Check("x", Here, N("11.5"), 5, three, WholeNumberPremise.Stated).Class);
    }

    [Fact]
    public void N_of_one()
    {
        // One value ≤46: the median is that value, ≤46.
        Assert.Equal(FindingClass.Consistent, MedianVersusCountRule.Check("x", Here, N("40"), 1, new LowerSideCount(46, true, 1), WholeNumberPremise.Stated).Class);
        Assert.Equal(FindingClass.CertainError, MedianVersusCountRule.Check("x", Here, N("50"), 1, new LowerSideCount(46, true, 1), WholeNumberPremise.Stated).Class);
        Assert.Throws<ArgumentOutOfRangeException>(() => MedianVersusCountRule.Check("x", Here, N("50"), 1, new LowerSideCount(46, true, 2), WholeNumberPremise.Stated));
    }
}
