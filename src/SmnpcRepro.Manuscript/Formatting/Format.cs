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
}
