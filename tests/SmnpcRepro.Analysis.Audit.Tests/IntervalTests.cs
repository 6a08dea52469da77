using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class IntervalTests
{
    [Fact]
    public void Closed_intervals_that_touch_overlap_open_ones_do_not()
    {
        Assert.True(new Interval(0, 1).Overlaps(new Interval(1, 2)));
        Assert.False(new Interval(0, 1, HighOpen: true).Overlaps(new Interval(1, 2)));
        Assert.False(new Interval(0, 1).Overlaps(new Interval(1, 2, LowOpen: true)));
        Assert.False(new Interval(0, 1).Overlaps(new Interval(1.5, 2)));
    }

    [Fact]
    public void Within_respects_open_ends()
    {
        var significant = new Interval(0, 0.05);
        Assert.True(new Interval(0, 0.05, HighOpen: true).IsWithin(significant)); // p < 0.05 is within p ≤ 0.05
        Assert.False(new Interval(0, 0.05).IsWithin(new Interval(0, 0.05, HighOpen: true))); // p ≤ 0.05 is not within p < 0.05
        Assert.Equal(new Interval(0.5, 1), new Interval(0, 1).Intersect(new Interval(0.5, 2)));
        Assert.Null(new Interval(0, 1).Intersect(new Interval(2, 3)));
    }
}
