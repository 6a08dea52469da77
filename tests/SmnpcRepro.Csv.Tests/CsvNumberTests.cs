using System.Globalization;
using System.Text;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Csv.Tests;

/// <summary>
/// The one number parser of both readers: equal to the framework's invariant <c>double.Parse</c> on every
/// form it accepts (short decimals through the exact fast path, the rest through the framework), finite
/// values only, no spaces or thousands separators.
/// </summary>
public sealed class CsvNumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-2.5")]
    [InlineData("+1e5")]
    [InlineData("1.5E-3")]
    [InlineData("0.30000000000000004")]
    [InlineData("9007199254740993")]
    [InlineData("1e308")]
    public void Accepts_what_double_Parse_reads_with_the_same_value(string cell)
    {
        var expected = double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.True(CsvNumber.TryParse(cell.AsSpan(), out var fromChars));
        Assert.True(CsvNumber.TryParse(Encoding.UTF8.GetBytes(cell).AsSpan(), out var fromBytes));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fromChars));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fromBytes));
    }

    [Theory]
    [InlineData("NaN", true)]
    [InlineData("-Infinity", true)]
    [InlineData("1e999", true)]
    [InlineData(" 1", false)]
    [InlineData("1,5", false)]
    [InlineData("1,000", false)]
    [InlineData("2x", false)]
    [InlineData("", false)]
    public void Refuses_non_finite_and_non_numbers(string cell, bool nonFinite)
    {
        Assert.False(CsvNumber.TryParse(Encoding.UTF8.GetBytes(cell).AsSpan(), out _));
        Assert.Equal(nonFinite, CsvNumber.IsNonFinite(cell.AsSpan()));
    }
}
