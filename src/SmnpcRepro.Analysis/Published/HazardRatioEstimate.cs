using System.Text.RegularExpressions;

namespace SmnpcRepro.Analysis.Published;

/// <summary>A printed hazard ratio with its confidence interval and, when printed, its p-value.</summary>
/// <param name="HazardRatio">The point estimate.</param>
/// <param name="Lower">The interval's lower bound.</param>
/// <param name="Upper">The interval's upper bound.</param>
/// <param name="P">The p-value printed with it, or null.</param>
public sealed partial record HazardRatioEstimate(PrintedNumber HazardRatio, PrintedNumber Lower, PrintedNumber Upper, PrintedNumber? P)
{
    /// <summary>
    /// Reads a table cell <c>HR(LOW, HIGH)</c> or <c>HR(LOW–HIGH)</c> (comma, en dash or hyphen between
    /// the bounds; spaces optional) and an optional p-value print.
    /// </summary>
    /// <exception cref="FormatException">The cell is not a hazard ratio with an interval.</exception>
    public static HazardRatioEstimate Parse(string cell, string? p = null)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var match = Cell().Match(cell);
        if (!match.Success)
        {
            throw new FormatException($"'{cell}' is not a hazard ratio with its interval, HR(LOW, HIGH).");
        }

        return new HazardRatioEstimate(
            PrintedNumber.Parse(match.Groups["hr"].Value),
            PrintedNumber.Parse(match.Groups["low"].Value),
            PrintedNumber.Parse(match.Groups["high"].Value),
            p is null ? null : PrintedNumber.Parse(p));
    }

    /// <summary>The print, as a table shows it: <c>2.231 (1.889, 5.600), p 0.0874</c>.</summary>
    public override string ToString() =>
        $"{HazardRatio.Text} ({Lower.Text}, {Upper.Text})" + (P is null ? string.Empty : $", p {P.Text}");

    [GeneratedRegex(@"^\s*(?<hr>\d+(?:\.\d+)?)\s*\(\s*(?<low>\d+(?:\.\d+)?)\s*(?:,|–|-|—)\s*(?<high>\d+(?:\.\d+)?)\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Cell();
}
