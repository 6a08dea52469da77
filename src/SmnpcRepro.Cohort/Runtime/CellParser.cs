using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Parsing straight from a cell (UTF-16 or UTF-8), with exact fast paths for the plain forms data holds
/// (digits, one '.') and the framework's invariant parsers for everything else, so results always equal
/// <c>int.Parse</c>/<c>double.Parse</c> with the invariant culture.
/// </summary>
internal static class CellParser
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Digits with an optional sign, as <see cref="int"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryParseInt<T>(ReadOnlySpan<T> cell, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (cell.Length is > 0 and < 10)
        {
            var v = 0;
            foreach (var c in cell)
            {
                var d = uint.CreateTruncating(c) - '0';
                if (d > 9)
                {
                    return SlowInt(cell, out value);
                }

                v = (v * 10) + (int)d;
            }

            value = v;
            return true;
        }

        return SlowInt(cell, out value);
    }

    /// <summary>
    /// A decimal number through the number parser shared with the stats reader (<see cref="CsvNumber"/>:
    /// an exact fast path for sign, digits and one '.', else the framework's invariant parser), so results
    /// always equal <c>double.Parse</c>; non-finite values are refused.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDouble<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T> =>
        CsvNumber.TryParse(cell, out value);

    /// <summary>A date written yyyy-MM-dd.</summary>
    public static bool TryParseDate<T>(ReadOnlySpan<T> cell, out DateOnly value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        if (typeof(T) == typeof(char))
        {
            return DateOnly.TryParseExact(MemoryMarshal.Cast<T, char>(cell), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        if (cell.Length > 32)
        {
            return false;
        }

        Span<char> chars = stackalloc char[32];
        for (var i = 0; i < cell.Length; i++)
        {
            chars[i] = (char)uint.CreateTruncating(cell[i]);
        }

        return DateOnly.TryParseExact(chars[..cell.Length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>A number written with ',' as the decimal separator (REDCap's <c>_comma_decimal</c> validations): <c>1,54</c>.</summary>
    public static bool TryParseCommaDouble<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        if (cell.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[64];
        var commas = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = (char)uint.CreateTruncating(cell[i]);
            commas += c == ',' ? 1 : 0;
            chars[i] = c == ',' ? '.' : c;
        }

        return commas == 1
            && double.TryParse(chars[..cell.Length], Decimal, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];
    private static readonly string[] MinuteSecondFormats = ["mm:ss", "HH:mm:ss"]; // HH:mm:ss as the writer writes it

    /// <summary>A datetime as REDCap exports it: yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss.</summary>
    public static bool TryParseDateTime<T>(ReadOnlySpan<T> cell, out DateTime value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        Span<char> chars = stackalloc char[32];
        return ToChars(cell, chars, out var n)
            && System.DateTime.TryParseExact(chars[..n], DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>A time: HH:mm or HH:mm:ss, or mm:ss when <paramref name="minutesSeconds"/>.</summary>
    public static bool TryParseTime<T>(ReadOnlySpan<T> cell, bool minutesSeconds, out TimeOnly value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        Span<char> chars = stackalloc char[32];
        return ToChars(cell, chars, out var n)
            && TimeOnly.TryParseExact(chars[..n], minutesSeconds ? MinuteSecondFormats : TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool ToChars<T>(ReadOnlySpan<T> cell, Span<char> chars, out int length)
        where T : unmanaged, IBinaryInteger<T>
    {
        length = cell.Length;
        if (cell.Length > chars.Length)
        {
            return false;
        }

        for (var i = 0; i < cell.Length; i++)
        {
            chars[i] = (char)uint.CreateTruncating(cell[i]);
        }

        return true;
    }

    private static bool SlowInt<T>(ReadOnlySpan<T> cell, out int value)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(char)
            ? int.TryParse(MemoryMarshal.Cast<T, char>(cell), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            : int.TryParse(MemoryMarshal.Cast<T, byte>(cell), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
