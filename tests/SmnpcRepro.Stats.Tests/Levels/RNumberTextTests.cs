using System.Globalization;
using SmnpcRepro.Stats.Levels;

namespace SmnpcRepro.Stats.Tests.Levels;

/// <summary>
/// <see cref="RNumberText.AsCharacter"/> equals R 4.2.2's <c>as.character</c> on every value of
/// Fixtures/levels/as-character.tsv (made by as-character.R beside it): exact text, no tolerance.
/// </summary>
public sealed class RNumberTextTests
{
    public static TheoryData<string, string> RLabels()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "levels", "as-character.tsv")))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RLabels))]
    public void Labels_a_number_as_R_does(string number, string expected)
    {
        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected, RNumberText.AsCharacter(value));
    }

    [Fact]
    public void Negative_zero_is_zero() => Assert.Equal("0", RNumberText.AsCharacter(-0.0));

    [Fact]
    public void Non_finite_values_have_no_label() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RNumberText.AsCharacter(double.NaN));
}
