using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class PrintedNumberTests
{
    [Theory]
    // (print, value, decimals, low, high): the rounding interval is value ± ½·10^-decimals, by hand.
    [InlineData("0.0094", 0.0094, 4, 0.00935, 0.00945)]
    [InlineData("5.6", 5.6, 1, 5.55, 5.65)]
    [InlineData("5.600", 5.6, 3, 5.5995, 5.6005)]
    [InlineData("30", 30, 0, 29.5, 30.5)]
    [InlineData("0.015*", 0.015, 3, 0.0145, 0.0155)]
    [InlineData("80%", 80, 0, 79.5, 80.5)]
    public void A_print_keeps_its_precision(string text, double value, int decimals, double low, double high)
    {
        var number = PrintedNumber.Parse(text);
        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(decimals, number.Decimals);
        Assert.Equal(low, number.Range.Low, 12);
        Assert.Equal(high, number.Range.High, 12);
        Assert.Equal(text, number.Text);
    }

    [Fact]
    public void A_star_and_a_relation_are_kept()
    {
        Assert.True(PrintedNumber.Parse("0.0094*").Starred);
        Assert.False(PrintedNumber.Parse("0.0094").Starred);
        var below = PrintedNumber.Parse("<0.001");
        Assert.Equal(PrintedRelation.Less, below.Relation);
        Assert.True(below.Range.Contains(0.0005));
        Assert.False(below.Range.Contains(0.001)); // "<" excludes the bound itself
        Assert.True(PrintedNumber.Parse("≤0.05").Range.Contains(0.05));
        Assert.False(PrintedNumber.Parse(">0.1").Range.Contains(0.1));
        Assert.True(PrintedNumber.Parse(">0.1").Range.Contains(0.303));
    }

    [Theory]
    [InlineData("P values ≤0.05", "≤0.05", PrintedRelation.LessOrEqual)]
    [InlineData("Note: *Indicated statistical significance (P values ≤ 0.05).", "≤ 0.05", PrintedRelation.LessOrEqual)]
    [InlineData("Mean (46)", "46", PrintedRelation.Equal)]
    [InlineData("was insignificant (p>0.1)", ">0.1", PrintedRelation.Greater)]
    public void The_first_number_of_a_phrase_is_found_with_its_relation(string phrase, string text, PrintedRelation relation)
    {
        var number = PrintedNumber.FindIn(phrase)!;
        Assert.Equal(text, number.Text);
        Assert.Equal(relation, number.Relation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("about 5")]
    [InlineData("1,5")]
    public void Not_a_single_number_is_refused(string text)
    {
        Assert.False(PrintedNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PrintedNumber.Parse(text));
    }

    [Fact]
    public void Single_digit_edits_change_one_digit_and_never_add_a_leading_zero()
    {
        // "1.889": 4 digits × 9 alternatives = 36 edits; the leading 1 may become 0 (one integer digit).
        var edits = PrintedNumber.Parse("1.889").SingleDigitEdits().Select(e => e.Text).ToList();
        Assert.Equal(36, edits.Count);
        Assert.Contains("0.889", edits);
        Assert.Contains("1.989", edits);
        Assert.All(edits, e => Assert.Equal(5, e.Length));

        // "14.993": the leading 1 cannot become 0 ("04.993"), so 5 × 9 − 1 = 44 edits.
        var wide = PrintedNumber.Parse("14.993").SingleDigitEdits().Select(e => e.Text).ToList();
        Assert.Equal(44, wide.Count);
        Assert.DoesNotContain("04.993", wide);

        // The star and the relation survive an edit.
        Assert.Contains(PrintedNumber.Parse("0.029*").SingleDigitEdits(), e => e.Text == "0.039*" && e.Starred);
    }
}
