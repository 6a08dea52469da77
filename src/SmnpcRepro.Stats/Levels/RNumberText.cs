using System.Globalization;

namespace SmnpcRepro.Stats.Levels;

/// <summary>
/// A double written as R 4.2's <c>as.character</c> writes it (which is what <c>factor()</c> uses for the
/// labels of a numeric column): the value rounded to 15 significant digits with trailing zeros dropped,
/// in fixed notation unless scientific notation is strictly narrower (R's <c>formatReal</c> with
/// <c>scipen = 0</c>): <c>0</c>, <c>1</c>, <c>2.5</c>, <c>1e+05</c>, <c>123456</c>, <c>1e-04</c>,
/// <c>0.0001234</c>, <c>-0.5</c>. Negative zero is <c>0</c>.
/// </summary>
public static class RNumberText
{
    /// <summary>R's <c>as.character(value)</c> for a finite double.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static string AsCharacter(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers have an R label here.");
        }

        if (value == 0)
        {
            return "0";
        }

        // 15 significant digits, correctly rounded: "d.dddddddddddddde+xxx".
        var scientific = Math.Abs(value).ToString("E14", CultureInfo.InvariantCulture);
        var e = scientific.IndexOf('E', StringComparison.Ordinal);
        var digits = scientific[..e].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        var exponent = int.Parse(scientific.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var significant = digits.Length;
        var sign = value < 0 ? "-" : string.Empty;

        var decimals = Math.Max(0, significant - exponent - 1);
        var fixedWidth = (exponent >= 0 ? exponent + 1 : 1) + decimals + (decimals > 0 ? 1 : 0);
        var exponentDigits = Math.Abs(exponent) >= 100 ? 3 : 2;
        var scientificWidth = significant + (significant > 1 ? 1 : 0) + 2 + exponentDigits;
        if (fixedWidth <= scientificWidth)
        {
            return sign + Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        var mantissa = significant > 1 ? digits[0] + "." + digits[1..] : digits;
        var exponentText = Math.Abs(exponent).ToString(exponentDigits == 3 ? "000" : "00", CultureInfo.InvariantCulture);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
    }
}
