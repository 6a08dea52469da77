using System.Globalization;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The numbers in a printed string, in order, with the decimals each is printed with: "2.404(0.528,
/// 10.94)" → 2.404 (3), 0.528 (3), 10.94 (2). The precision a target is held to is the precision the
/// paper printed it with (published.yaml's parsed values drop trailing zeros, so the printed text decides).
/// </summary>
public static partial class PrintedDecimals
{
    /// <summary>Every number in <paramref name="printed"/>.</summary>
    public static IReadOnlyList<(double Value, int Decimals)> Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return Number().Matches(printed)
            .Select(m => (
                double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                m.Value.Contains('.', StringComparison.Ordinal) ? m.Value.Length - m.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0))
            .ToArray();
    }

    /// <summary>The decimals of the single number in <paramref name="printed"/>.</summary>
    /// <exception cref="InvalidDataException">The text holds no number or several.</exception>
    public static int Decimals(string printed)
    {
        var numbers = Parse(printed);
        return numbers.Count == 1
            ? numbers[0].Decimals
            : throw new InvalidDataException($"'{printed}' should print exactly one number.");
    }

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
