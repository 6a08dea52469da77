using System.Globalization;
using System.Text;

namespace SmnpcRepro.Csv.Tests;

/// <summary>
/// <see cref="ShortDecimal"/> gives bit for bit the double of the framework's invariant <c>double.Parse</c>
/// (correctly rounded) on short decimals, from UTF-16 and UTF-8 cells, and declines every other form so the
/// caller falls back to the framework.
/// </summary>
public sealed class ShortDecimalTests
{
    [Fact]
    public void Equals_double_Parse_on_a_million_seeded_short_decimals()
    {
        var random = new Random(20261202);
        for (var k = 0; k < 1_000_000; k++)
        {
            var digits = random.Next(1, ShortDecimal.MaxDigits + 1);
            var text = new StringBuilder();
            if (random.Next(4) == 0)
            {
                text.Append(random.Next(2) == 0 ? '-' : '+');
            }

            var point = random.Next(digits + 1);
            for (var d = 0; d < digits; d++)
            {
                if (d == point && random.Next(3) > 0)
                {
                    text.Append('.');
                }

                text.Append((char)('0' + random.Next(10)));
            }

            var cell = text.ToString();
            var expected = double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(ShortDecimal.TryParse(cell.AsSpan(), out var fromChars), cell);
            Assert.True(ShortDecimal.TryParse(Encoding.UTF8.GetBytes(cell).AsSpan(), out var fromBytes), cell);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fromChars));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fromBytes));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("NaN")]
    [InlineData("1234567890123456")]
    [InlineData("0.1234567890123456")]
    public void Declines_other_forms(string cell) => Assert.False(ShortDecimal.TryParse(cell.AsSpan(), out _));
}
