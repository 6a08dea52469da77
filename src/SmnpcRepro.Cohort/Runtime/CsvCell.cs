using System.Globalization;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// The canonical text of a cell, as the generated writers write it and the readers read it back:
/// invariant culture, shortest round-trip numbers, codes for choices, 1/0 for booleans, yyyy-MM-dd
/// dates, text quoted only when it must be, empty for missing.
/// </summary>
public static class CsvCell
{
    /// <summary>An integer cell.</summary>
    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A number cell in the shortest form that reads back to the same double.</summary>
    public static string Of(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date cell, yyyy-MM-dd.</summary>
    public static string Of(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A boolean cell, 1 or 0.</summary>
    public static string Of(bool? value) => value is null ? string.Empty : value.Value ? "1" : "0";

    /// <summary>A text cell, quoted when needed.</summary>
    public static string Of(string? value) => value is null ? string.Empty : Quote(value);

    /// <summary>Quotes a cell when it holds a comma, a quote or a line break (RFC 4180), doubling inner quotes.</summary>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return NeedsQuotes(cell) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>Whether <paramref name="cell"/> must be quoted to read back as itself.</summary>
    public static bool NeedsQuotes(ReadOnlySpan<char> cell) => cell.IndexOfAny(",\"\r\n") >= 0;
}
