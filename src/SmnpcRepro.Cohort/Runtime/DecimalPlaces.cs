using System.Globalization;
using System.Numerics;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// REDCap's fixed-decimal number validations, <c>number_1dp</c> … <c>number_4dp</c> and their
/// <c>_comma_decimal</c> forms. REDCap's expressions (<c>regex_php</c> = <c>regex_js</c> of its
/// <c>redcap_validation_types</c> table) are <c>/^-?\d+\.\d{N}$/</c> and <c>/^-?\d+,\d{N}$/</c>: an optional
/// minus, digits, the separator and <em>exactly</em> N digits — <c>12.5</c>, <c>12</c> and <c>12.505</c> all fail
/// <c>number_2dp</c>, <c>12.50</c> passes. REDCap refuses such a value on entry and on import, so it is an error
/// (with its file, line and column), not a soft warning. The comma forms accept '.' too, as the reader's other
/// comma-decimal numbers do (an API export may convert the decimal character).
/// </summary>
public static class DecimalPlaces
{
    /// <summary>The decimal places <paramref name="validation"/> requires (1–4 for <c>number_Ndp</c>), or 0 when it fixes none.</summary>
    public static int Of(string validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        const string head = "number_";
        var v = validation.ToLowerInvariant();
        if (!v.StartsWith(head, StringComparison.Ordinal) || v.Length < head.Length + 3 || v[head.Length + 1] != 'd' || v[head.Length + 2] != 'p')
        {
            return 0;
        }

        var places = v[head.Length] - '0';
        var tail = v[(head.Length + 3)..];
        return places is >= 1 and <= 9 && (tail.Length == 0 || tail == "_comma_decimal") ? places : 0;
    }

    /// <summary>
    /// Whether <paramref name="cell"/> is written as REDCap's expression for <paramref name="places"/> requires,
    /// with '.' as the separator (or ',' or '.' when <paramref name="comma"/>).
    /// </summary>
    public static bool Match<T>(ReadOnlySpan<T> cell, int places, bool comma)
        where T : unmanaged, IBinaryInteger<T>
    {
        var i = cell.Length > 0 && uint.CreateTruncating(cell[0]) == '-' ? 1 : 0;
        var digits = 0;
        while (i < cell.Length && IsDigit(cell[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0 || i >= cell.Length)
        {
            return false;
        }

        var separator = uint.CreateTruncating(cell[i]);
        if (separator != '.' && !(comma && separator == ','))
        {
            return false;
        }

        var fraction = cell[(i + 1)..];
        if (fraction.Length != places)
        {
            return false;
        }

        foreach (var c in fraction)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rule a value breaks, in the words of an error: <c>must have exactly 2 decimal places (e.g. 12.50) (REDCap's 'number_2dp' validation)</c>.</summary>
    public static string Rule(string validation, int places, bool comma) => string.Create(
        CultureInfo.InvariantCulture,
        $"must have exactly {places} decimal place{(places == 1 ? string.Empty : "s")} (e.g. 12{(comma ? ',' : '.')}5{new string('0', places - 1)}) (REDCap's '{validation}' validation)");

    private static bool IsDigit<T>(T c)
        where T : unmanaged, IBinaryInteger<T> => uint.CreateTruncating(c) - '0' <= 9;
}
