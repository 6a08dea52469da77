using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SmnpcRepro.Csv;

/// <summary>
/// The one number parser for CSV cells, shared by the generated cohort reader and the stats reader:
/// the exact short-decimal fast path (<see cref="ShortDecimal"/>) for the plain forms data hold, and the
/// framework's invariant parser for the rest (an exponent, more digits), so a value always equals
/// <c>double.Parse(cell, CultureInfo.InvariantCulture)</c>. A sign, digits, one '.' and an exponent are
/// accepted; spaces, thousands separators and non-finite values (NaN, Infinity, an overflow such as
/// <c>1e999</c>) are not. UTF-16 and UTF-8 cells alike.
/// </summary>
public static class CsvNumber
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>A finite decimal number; false for anything else (the cell is then not a number).</summary>
    public static bool TryParse<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T> =>
        ShortDecimal.TryParse(cell, out value) || TryParseGeneral(cell, out value);

    /// <summary>Whether the cell is a number the framework reads but that is not finite (NaN, ±Infinity, an overflow): refused with its own message.</summary>
    public static bool IsNonFinite<T>(ReadOnlySpan<T> cell)
        where T : unmanaged, IBinaryInteger<T> =>
        Framework(cell, out var value) && !double.IsFinite(value);

    private static bool TryParseGeneral<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T> =>
        Framework(cell, out value) && double.IsFinite(value);

    private static bool Framework<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(char)
            ? double.TryParse(MemoryMarshal.Cast<T, char>(cell), Decimal, CultureInfo.InvariantCulture, out value)
            : double.TryParse(MemoryMarshal.Cast<T, byte>(cell), Decimal, CultureInfo.InvariantCulture, out value);
}
