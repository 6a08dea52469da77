using System.Globalization;

namespace SmnpcRepro.Analysis.Audit;

/// <summary>
/// Numbers as the audit's derivations show them, in the invariant culture: the derivation text is part of
/// a finding, so its precision is decided here once (the report's own counts are formatted by the
/// manuscript's formatter).
/// </summary>
public static class Show
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Fixed decimals, half away from zero (<c>3.2524</c>, 3 → <c>3.252</c>).</summary>
    public static string Fixed(double value, int decimals)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "∞";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "−∞";
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("F" + decimals.ToString(Invariant), Invariant).Replace("-", "−", StringComparison.Ordinal);
    }

    /// <summary>Fixed decimals for an exact value (<c>1488.888…</c>, 3 → <c>1488.889</c>).</summary>
    public static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(Invariant), Invariant).Replace("-", "−", StringComparison.Ordinal);

    /// <summary>A number to <paramref name="digits"/> significant digits, never in exponent form (<c>3.2524</c> → <c>3.252</c>, <c>14.993</c> → <c>14.99</c>).</summary>
    public static string Significant(double value, int digits = 4)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return Fixed(value, 0);
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Fixed(value, Math.Max(0, digits - 1 - magnitude));
    }

    /// <summary>A p-value to 3 significant digits; below 0.0001 as <c>&lt;0.0001</c>.</summary>
    public static string P(double p) => p < 0.0001 ? "<0.0001" : Significant(p, 3);

    /// <summary>A short number without trailing zeros (<c>0.05</c>, <c>0.1</c>).</summary>
    public static string Trimmed(double value) => Math.Round(value, 6).ToString("0.######", Invariant);

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(Invariant);

    /// <summary>An interval of computed values, shown once when both ends print alike.</summary>
    public static string Range(string low, string high) => low == high ? low : $"{low} to {high}";
}
