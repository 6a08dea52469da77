using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Tests.Formatting;

public sealed class RobustnessFormatTests
{
    [Theory]
    // An interval up to 100-fold wide: two decimals. Wider (FragilityRule.Table2): three significant figures,
    // beyond 1000 (or below 0.001) said so. The example: 36.11 (1.02–30538.54).
    [InlineData(2.05, 1.14, 3.67, "2.05 (1.14–3.67)")]
    [InlineData(36.11, 1.02, 30538.54, "36.1 (1.02 to > 1000)")]
    [InlineData(5.01, 0.19, 716.72, "5.01 (0.190–717)")]
    [InlineData(3.37, 0.30, 138.71, "3.37 (0.300–139)")]
    [InlineData(0.64, 0.0004, 20.39, "0.640 (< 0.001 to 20.4)")]
    public void Wide_intervals_print_in_three_significant_figures_or_as_open_bounds(double hr, double lower, double upper, string expected) =>
        Assert.Equal(expected, RobustnessFormat.HazardRatio(hr, lower, upper));
}
