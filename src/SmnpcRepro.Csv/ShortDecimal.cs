using System.Numerics;

namespace SmnpcRepro.Csv;

/// <summary>
/// The exact fast path for the numbers data files hold: an optional sign, at most 15 digits and at most
/// one '.', computed as an exact integer divided by an exact power of ten — one correctly rounded
/// operation, hence the same double as the framework's invariant <c>double.Parse</c>. Anything else
/// (an exponent, more digits, spaces, NaN) returns false, and the caller asks the framework. One copy for
/// the generated cohort reader and the stats reader; works on UTF-16 and UTF-8 cells alike.
/// </summary>
public static class ShortDecimal
{
    /// <summary>Most significant digits the fast path takes (10^15 &lt; 2^53, so the mantissa is exact).</summary>
    public const int MaxDigits = 15;

    /// <summary>Powers of ten that are exact doubles.</summary>
    private static ReadOnlySpan<double> Pow10 => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Parses a short decimal; false means "not this form: use double.TryParse".</summary>
    public static bool TryParse<T>(ReadOnlySpan<T> cell, out double value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (cell.Length > 0)
        {
            var first = uint.CreateTruncating(cell[0]);
            if (first == '-' || first == '+')
            {
                negative = first == '-';
                i = 1;
            }
        }

        ulong mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < cell.Length; i++)
        {
            var c = uint.CreateTruncating(cell[i]);
            var d = c - '0';
            if (d <= 9)
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (c == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        var v = (double)mantissa;
        if (fraction > 0)
        {
            v /= Pow10[fraction];
        }

        value = negative ? -v : v;
        return true;
    }
}
