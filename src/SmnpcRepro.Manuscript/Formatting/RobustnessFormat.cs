using System.Globalization;
using SmnpcRepro.Analysis.Robustness;

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

    /// <summary>Above this an HR or a bound prints as "&gt; 1000": its digits say nothing at n = 30.</summary>
    public const double OpenAbove = 1000;

    /// <summary>Below this an HR or a bound prints as "&lt; 0.001".</summary>
    public const double OpenBelow = 0.001;

    /// <summary>
    /// A hazard ratio and its interval, two decimals: <c>2.05 (1.14–3.67)</c>; an interval wider than
    /// <see cref="FragilityRule.WideIntervalRatio"/>-fold (Table 2's fragile-estimate rule) in three
    /// significant figures, with a bound beyond 1000 (or below 0.001) printed as such:
    /// <c>36.1 (1.02 to &gt; 1000)</c>. A bound that could not be computed prints as NA.
    /// </summary>
    public static string HazardRatio(double hr, double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || !FragilityRule.Table2.IsWide(lower, upper))
        {
            return $"{Format.Fixed(hr, 2)} ({Format.Fixed(lower, 2)}–{Format.Fixed(upper, 2)})";
        }

        var open = upper > OpenAbove || lower < OpenBelow;
        return $"{Wide(hr)} ({Wide(lower)}{(open ? " to " : "–")}{Wide(upper)})";
    }

    /// <summary>A number in three significant figures (<c>717</c>, <c>36.1</c>, <c>0.190</c>), or "&gt; 1000" / "&lt; 0.001" beyond those.</summary>
    public static string Wide(double value) =>
        !double.IsFinite(value) ? "NA"
        : value > OpenAbove ? "> " + OpenAbove.ToString("0", Invariant)
        : value < OpenBelow ? "< " + OpenBelow.ToString("0.###", Invariant)
        : Format.Fixed(value, Math.Max(0, 2 - (int)Math.Floor(Math.Log10(value))));

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
