using System.Globalization;

namespace SmnpcRepro.Manuscript.Formatting;

/// <summary>
/// The robustness appendix's number formats, beside <see cref="Format"/> (which holds the paper's own):
/// invariant culture, half away from zero, one place deciding each precision.
/// </summary>
public static class RobustnessFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A whole number with thousands separators: <c>10,000</c>.</summary>
    public static string Thousands(long count) => count.ToString("N0", Invariant);

    /// <summary>A share as a percentage with one decimal: <c>76.0%</c>; "NA" without a denominator.</summary>
    public static string Share(long count, long total) => total <= 0 ? "NA" : Percent((double)count / total);

    /// <summary>A proportion as a percentage with one decimal: 0.7941 → <c>79.4%</c>.</summary>
    public static string Percent(double proportion) => double.IsFinite(proportion) ? Format.Fixed(100 * proportion, 1) + "%" : "NA";

    /// <summary>Events per variable, one decimal: <c>6.3</c>.</summary>
    public static string EventsPerVariable(double value) => Format.Fixed(value, 1);

    /// <summary>A hazard ratio and its interval, two decimals: <c>2.05 (1.14–3.67)</c>.</summary>
    public static string HazardRatio(double hr, double lower, double upper) =>
        $"{Format.Fixed(hr, 2)} ({Format.Fixed(lower, 2)}–{Format.Fixed(upper, 2)})";

    /// <summary>A chi-square statistic, two decimals.</summary>
    public static string ChiSquare(double statistic) => Format.Fixed(statistic, 2);

    /// <summary>A Monte Carlo standard error of a p-value, four decimals (<c>0.0022</c>).</summary>
    public static string StandardError(double se) => Format.Fixed(se, 4);

    /// <summary>A ratio such as Efron's HR over Breslow's, three decimals.</summary>
    public static string Ratio(double ratio) => Format.Fixed(ratio, 3);

    /// <summary>A relative change as a signed percentage with one decimal: 1.032 → <c>+3.2%</c>.</summary>
    public static string Change(double ratio)
    {
        if (!double.IsFinite(ratio))
        {
            return "NA";
        }

        var rounded = Math.Round(100 * (ratio - 1), 1, MidpointRounding.AwayFromZero);
        var percent = Math.Abs(rounded).ToString("F1", Invariant) + "%";
        return rounded > 0 ? "+" + percent : rounded < 0 ? "−" + percent : percent;
    }
}
