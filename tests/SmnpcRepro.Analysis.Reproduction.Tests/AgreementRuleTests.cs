using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction.Tests;

/// <summary>The same / close / different rule on made-up prints whose answers follow from the rule's definition.</summary>
public sealed class AgreementRuleTests
{
    private const double Significance = 0.05;
    private const double Entry = 0.10;

    private static Agreement Classify(string printed, double recomputed, QuantityKind kind) =>
        AgreementRule.Classify(PrintedNumber.Parse(printed), recomputed, kind, Significance, Entry);

    [Theory]
    // Rounded half away from zero to the printed decimals, the value is the print.
    [InlineData("2.27", 2.2749, QuantityKind.HazardRatio)]
    [InlineData("2.27", 2.2651, QuantityKind.HazardRatio)]
    [InlineData("0.13", 0.125, QuantityKind.PValue)]
    [InlineData("0.0900", 0.09004, QuantityKind.PValue)]
    [InlineData("46.67", 100.0 * 14 / 30, QuantityKind.Percent)]
    [InlineData("19", 19, QuantityKind.Count)]
    // Two decimals printed: 0.0874 rounds to 0.09.
    [InlineData("0.09", 0.0874, QuantityKind.PValue)]
    public void The_same_at_printed_precision(string printed, double recomputed, QuantityKind kind) =>
        Assert.Equal(Agreement.Same, Classify(printed, recomputed, kind));

    [Theory]
    // A bound is the same when the value satisfies it, different when not.
    [InlineData(">0.1", 0.927, Agreement.Same)]
    [InlineData(">0.1", 0.1, Agreement.Different)]
    [InlineData("<0.001", 0.0004, Agreement.Same)]
    [InlineData("<0.001", 0.002, Agreement.Different)]
    public void A_printed_bound_is_satisfied_or_not(string printed, double recomputed, Agreement expected) =>
        Assert.Equal(expected, Classify(printed, recomputed, QuantityKind.PValue));

    [Theory]
    // Hazard ratios: within a factor 1.1 either way; ln 1.1 = 0.0953.
    [InlineData(2.19, Agreement.Close)] // ln(2.19/2) = 0.0908
    [InlineData(2.21, Agreement.Different)] // 0.0998
    [InlineData(1.82, Agreement.Close)] // −0.0943
    [InlineData(1.81, Agreement.Different)] // −0.0998
    public void A_hazard_ratio_is_close_within_a_factor_1_point_1(double recomputed, Agreement expected) =>
        Assert.Equal(expected, Classify("2.00", recomputed, QuantityKind.HazardRatio));

    [Theory]
    // P values: close on the same side of 0.05 and of 0.10 as the print, whatever the distance.
    [InlineData("0.0874", 0.0912, Agreement.Close)] // both in (0.05, 0.10]
    [InlineData("0.0874", 0.12, Agreement.Different)] // crosses 0.10
    [InlineData("0.0094", 0.04, Agreement.Close)] // both ≤ 0.05
    [InlineData("0.0094", 0.06, Agreement.Different)] // crosses 0.05
    [InlineData("0.303", 0.744, Agreement.Close)] // both > 0.10
    [InlineData("0.05", 0.0501, Agreement.Same)] // rounds to the print
    [InlineData("0.0500", 0.0501, Agreement.Different)] // 0.0500 ≤ 0.05 < 0.0501
    public void A_p_value_is_close_on_the_same_side_of_both_thresholds(string printed, double recomputed, Agreement expected) =>
        Assert.Equal(expected, Classify(printed, recomputed, QuantityKind.PValue));

    [Theory]
    // Other numbers: within 10% of the print.
    [InlineData("20.26", 22.28, QuantityKind.Measure, Agreement.Close)] // +9.97%
    [InlineData("20.26", 22.30, QuantityKind.Measure, Agreement.Different)] // +10.07%
    [InlineData("19", 20, QuantityKind.Count, Agreement.Close)] // +5.3%
    [InlineData("19", 23, QuantityKind.Count, Agreement.Different)] // +21%
    [InlineData("80", 73.33, QuantityKind.Percent, Agreement.Close)] // −8.3%
    [InlineData("0", 1, QuantityKind.Count, Agreement.Different)]
    public void Any_other_number_is_close_within_ten_percent(string printed, double recomputed, QuantityKind kind, Agreement expected) =>
        Assert.Equal(expected, Classify(printed, recomputed, kind));

    [Fact]
    public void A_value_that_is_not_a_number_is_different()
    {
        Assert.Equal(Agreement.Different, Classify("34.11", double.NaN, QuantityKind.Measure));
        Assert.Equal(Agreement.Different, Classify("0.5", double.NaN, QuantityKind.PValue));
    }

    [Fact]
    public void The_difference_has_its_size_its_ratio_and_the_thresholds_it_crosses()
    {
        var hr = AgreementRule.Measure(PrintedNumber.Parse("2.00"), 2.5, Significance, Entry);
        Assert.Equal(0.5, hr.Delta, 12);
        Assert.Equal(0.25, hr.Relative!.Value, 12);
        Assert.Equal(1.25, hr.Ratio!.Value, 12);
        Assert.Equal(Math.Log(1.25), hr.LogRatio!.Value, 12);

        var p = AgreementRule.Measure(PrintedNumber.Parse("0.0094"), 0.08, Significance, Entry);
        Assert.True(p.CrossesSignificance);
        Assert.False(p.CrossesEntry);
        var both = AgreementRule.Measure(PrintedNumber.Parse("0.0094"), 0.3, Significance, Entry);
        Assert.True(both.CrossesSignificance && both.CrossesEntry);

        var zero = AgreementRule.Measure(PrintedNumber.Parse("0"), 1, Significance, Entry);
        Assert.Null(zero.Relative);
        Assert.Null(zero.Ratio);
    }
}
