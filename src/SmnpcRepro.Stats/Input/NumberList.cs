using System.Globalization;

namespace SmnpcRepro.Stats.Input;

/// <summary>Parses option values such as <c>--times 0,30,60</c> (invariant culture, comma-separated).</summary>
public static class NumberList
{
    /// <summary>The numbers, or an empty list for null/empty text.</summary>
    /// <exception cref="SurvivalInputException">A value is not a finite number.</exception>
    public static double[] Parse(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]))
            {
                throw new SurvivalInputException($"{option}: '{parts[i]}' is not a number (use '.' as the decimal point and ',' between values).");
            }
        }

        return result;
    }
}
