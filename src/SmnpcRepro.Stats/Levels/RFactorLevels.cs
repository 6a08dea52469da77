using System.Globalization;

namespace SmnpcRepro.Stats.Levels;

/// <summary>
/// The levels R's <c>factor()</c> gives a column read by <c>read.csv</c>. When every distinct value reads
/// as a finite number, R has read the column as numbers: spellings of one number (<c>1</c>, <c>1.0</c>,
/// <c>01</c>, <c>1e0</c>) are one level, levels are in numeric order, and each is labelled as R prints the
/// number (<see cref="RNumberText.AsCharacter"/>: <c>0</c>, <c>2.5</c>, <c>1e+05</c>). Two numbers R prints
/// alike (they agree to 15 significant digits) are one level, as in R. Otherwise the column is text: one
/// level per distinct spelling, in ordinal order (never the machine's locale).
/// </summary>
public static class RFactorLevels
{
    /// <summary>Levels of the distinct spellings <paramref name="spellings"/>.</summary>
    /// <returns>The level labels in order, and for each spelling the index of its level.</returns>
    public static (string[] Levels, int[] LevelOfSpelling, bool Numeric) Of(IReadOnlyList<string> spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        var numbers = new double[spellings.Count];
        var numeric = spellings.Count > 0;
        for (var i = 0; i < spellings.Count && numeric; i++)
        {
            numeric = TryNumber(spellings[i], out numbers[i]);
        }

        var order = Enumerable.Range(0, spellings.Count).ToArray();
        var labels = new string[spellings.Count];
        if (numeric)
        {
            Array.Sort(order, (a, b) => numbers[a].CompareTo(numbers[b]));
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = RNumberText.AsCharacter(numbers[i]);
            }
        }
        else
        {
            Array.Sort(order, (a, b) => string.CompareOrdinal(spellings[a], spellings[b]));
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = spellings[i];
            }
        }

        var levels = new List<string>();
        var indexOfLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var levelOfSpelling = new int[spellings.Count];
        foreach (var s in order)
        {
            if (!indexOfLabel.TryGetValue(labels[s], out var level))
            {
                level = levels.Count;
                levels.Add(labels[s]);
                indexOfLabel[labels[s]] = level;
            }

            levelOfSpelling[s] = level;
        }

        return (levels.ToArray(), levelOfSpelling, numeric);
    }

    /// <summary>
    /// The level a user names (e.g. <c>--ref ph.ecog=1.0</c>): for a numeric column, a number is matched by
    /// its value (its R label); otherwise the text as given.
    /// </summary>
    public static string Normalize(string level, bool numeric)
    {
        ArgumentNullException.ThrowIfNull(level);
        return numeric && TryNumber(level, out var value) ? RNumberText.AsCharacter(value) : level;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
