using System.Globalization;

namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>
/// The level order R's <c>factor()</c> gives by default: numerically ascending when every level reads as a
/// number (R sorts the numbers, then labels them), otherwise sorted as text (ordinal comparison, so the
/// order never depends on the machine's locale).
/// </summary>
public static class FactorLevels
{
    /// <summary>The distinct non-missing values of <paramref name="values"/> in R's default order.</summary>
    public static string[] InROrder(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (v is not null)
            {
                distinct.Add(v);
            }
        }

        var levels = distinct.ToArray();
        var numbers = new double[levels.Length];
        var allNumeric = true;
        for (var i = 0; i < levels.Length && allNumeric; i++)
        {
            allNumeric = double.TryParse(levels[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]);
        }

        if (allNumeric)
        {
            Array.Sort(numbers, levels);
        }
        else
        {
            Array.Sort(levels, StringComparer.Ordinal);
        }

        return levels;
    }

    /// <summary>
    /// Codes (index into <paramref name="levels"/>, −1 for a missing value) of <paramref name="values"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not one of the levels.</exception>
    public static int[] Encode(IReadOnlyList<string?> values, IReadOnlyList<string> levels, string name)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(levels);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            if (!index.TryAdd(levels[i], i))
            {
                throw new ArgumentException($"Covariate '{name}': level '{levels[i]}' is listed twice.", nameof(levels));
            }
        }

        var codes = new int[values.Count];
        for (var r = 0; r < codes.Length; r++)
        {
            var v = values[r];
            if (v is null)
            {
                codes[r] = -1;
            }
            else if (!index.TryGetValue(v, out codes[r]))
            {
                throw new ArgumentException($"Covariate '{name}': value '{v}' in row {r + 1} is not one of its levels.", nameof(values));
            }
        }

        return codes;
    }
}
