using System.Globalization;

namespace SmnpcRepro.Manuscript.Formatting;

/// <summary>
/// Every number the manuscript prints is formatted here, in the invariant culture, so the paper's
/// conventions (precision, separators) are decided once and templates only place strings.
/// </summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A count.</summary>
    public static string Count(int count) => count.ToString(Invariant);

    /// <summary>
    /// A percentage as Table 1 prints it: two decimals, trailing zeros dropped, no % sign
    /// (<c>80</c>, <c>46.67</c>, <c>3.33</c>). Half away from zero, as people round by hand.
    /// </summary>
    public static string Percent(int count, int denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A percentage needs a positive denominator.");
        }

        var percent = Math.Round(100.0 * count / denominator, 2, MidpointRounding.AwayFromZero);
        return percent.ToString("0.##", Invariant);
    }

    /// <summary>Table 1's cell: <c>24 (80)</c>.</summary>
    public static string CountWithPercent(int count, int denominator) => $"{Count(count)} ({Percent(count, denominator)})";

    /// <summary>A number rounded to <paramref name="decimals"/> places, half away from zero, trailing zeros kept.</summary>
    public static string Fixed(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return "NA";
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("F" + decimals.ToString(Invariant), Invariant);
    }

    /// <summary>
    /// A p-value at the precision the paper prints: four decimals below 0.1 (0.0094, 0.0874), three from
    /// 0.1 (0.303), and "&lt;0.0001" below that.
    /// </summary>
    public static string P(double p)
    {
        if (double.IsNaN(p))
        {
            return "NA";
        }

        return p < 0.0001 ? "<0.0001" : p < 0.1 ? Fixed(p, 4) : Fixed(p, 3);
    }

    /// <summary>A p-value with the comparison sign, as running text writes it: "p = 0.0182", "p < 0.0001".</summary>
    public static string PInText(double p) => PInText(P(p));

    /// <summary>A p-value printed by <see cref="P(double)"/>, with the comparison sign, as running text writes it.</summary>
    public static string PInText(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return printed.StartsWith('<') ? "p " + printed.Replace("<", "< ", StringComparison.Ordinal) : "p = " + printed;
    }

    /// <summary>Table 2's univariate cell: HR and bounds to 3 decimals, "1.749(0.603, 5.067)".</summary>
    public static string UnivariateHazardRatio(double hr, double lower, double upper) =>
        $"{UnivariateHazardRatioPart(hr)}({UnivariateHazardRatioPart(lower)}, {UnivariateHazardRatioPart(upper)})";

    /// <summary>One number of Table 2's univariate cell (the HR or a bound): 3 decimals.</summary>
    public static string UnivariateHazardRatioPart(double value) => Fixed(value, 3);

    /// <summary>Table 2's multivariate cell: HR to 2 decimals, bounds to 3, en dash: "2.58(1.203–5.544)".</summary>
    public static string MultivariateHazardRatio(double hr, double lower, double upper) =>
        $"{MultivariateHazardRatioEstimate(hr)}({MultivariateHazardRatioBound(lower)}–{MultivariateHazardRatioBound(upper)})";

    /// <summary>The HR of Table 2's multivariate cell: 2 decimals.</summary>
    public static string MultivariateHazardRatioEstimate(double hr) => Fixed(hr, 2);

    /// <summary>A bound of Table 2's multivariate cell: 3 decimals.</summary>
    public static string MultivariateHazardRatioBound(double bound) => Fixed(bound, 3);

    /// <summary>A hazard ratio in running text: "2.27 (95% CI 1.21–4.28)".</summary>
    public static string HazardRatioInText(double hr, double lower, double upper) =>
        $"{HazardRatioInTextPart(hr)} (95% CI {HazardRatioInTextPart(lower)}–{HazardRatioInTextPart(upper)})";

    /// <summary>One number of a hazard ratio in running text (the HR or a bound): 2 decimals.</summary>
    public static string HazardRatioInTextPart(double value) => Fixed(value, 2);

    /// <summary>Months to two decimals, as the paper prints medians (20.26); "not reached" for NaN.</summary>
    public static string Months(double months) => double.IsNaN(months) ? "not reached" : Fixed(months, 2);

    /// <summary>A survival-time range "4–141".</summary>
    public static string Range(double low, double high) => $"{Number(low)}–{Number(high)}";

    /// <summary>A number with at most two decimals, trailing zeros dropped (141, 20.5, 4.25).</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Invariant) : "NA";
}
