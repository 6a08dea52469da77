using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Tests.Formatting;

public sealed class FormatTests
{
    [Theory]
    // The paper's Table 1 cells (published.yaml table1.cell_format): two decimals, trailing zeros dropped.
    [InlineData(24, 30, "80")]
    [InlineData(14, 30, "46.67")]
    [InlineData(1, 30, "3.33")]
    [InlineData(11, 30, "36.67")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.25")]
    [InlineData(1, 32, "3.13")] // 3.125 → 3.13: half away from zero, as printed tables round
    public void Percent_is_printed_as_the_paper_prints_it(int count, int n, string expected) =>
        Assert.Equal(expected, Format.Percent(count, n));

    [Fact]
    public void Count_with_percent_is_the_table_cell() => Assert.Equal("6 (20)", Format.CountWithPercent(6, 30));

    [Fact]
    public void Percent_of_nothing_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => Format.Percent(1, 0));

    [Theory]
    [InlineData(46.333, 0, "46")]
    [InlineData(2.5, 0, "3")]
    [InlineData(20.255, 2, "20.26")]
    [InlineData(double.NaN, 2, "NA")]
    public void Fixed_rounds_half_away_from_zero(double value, int decimals, string expected) =>
        Assert.Equal(expected, Format.Fixed(value, decimals));
}
