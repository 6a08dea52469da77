using SmnpcRepro.Stats.Levels;

namespace SmnpcRepro.Stats.Tests.Levels;

/// <summary>
/// R's levels of a column read by read.csv: R 4.2.2 gives
/// <c>levels(factor(read.csv(text = "g\n1\n1.0\n01\n10\n2.50\n1e5")$g))</c> = "1" "2.5" "10" "1e+05",
/// and a column with one non-number is text, one level per spelling.
/// </summary>
public sealed class RFactorLevelsTests
{
    [Fact]
    public void Spellings_of_one_number_are_one_level_in_numeric_order_labelled_as_R_prints_it()
    {
        var (levels, ofSpelling, numeric) = RFactorLevels.Of(["10", "1", "1.0", "1e5", "01", "2.50"]);
        Assert.True(numeric);
        Assert.Equal(["1", "2.5", "10", "1e+05"], levels);
        Assert.Equal([2, 0, 0, 3, 0, 1], ofSpelling);
    }

    [Fact]
    public void Numbers_R_prints_alike_are_one_level() =>
        Assert.Equal(["0.3"], RFactorLevels.Of(["0.3", "0.30000000000000004"]).Levels);

    [Fact]
    public void A_column_with_text_keeps_each_spelling_in_ordinal_order()
    {
        var (levels, ofSpelling, numeric) = RFactorLevels.Of(["1", "1.0", "b", "A"]);
        Assert.False(numeric);
        Assert.Equal(["1", "1.0", "A", "b"], levels);
        Assert.Equal([0, 1, 3, 2], ofSpelling);
    }

    [Theory]
    [InlineData("1.0", true, "1")]
    [InlineData("1e5", true, "1e+05")]
    [InlineData("1.0", false, "1.0")]
    [InlineData("x", true, "x")]
    public void A_level_named_by_the_user_is_matched_by_its_number(string given, bool numeric, string expected) =>
        Assert.Equal(expected, RFactorLevels.Normalize(given, numeric));
}
