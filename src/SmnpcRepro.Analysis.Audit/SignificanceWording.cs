using System.Text.RegularExpressions;
using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit;

/// <summary>
/// What a sentence says about significance, from its words: "were statistically significant",
/// "independent significant factors" → significant; "insignificant", "not significant", "no prognostic
/// value", "not found to have prognostic value" → not significant; anything else (tended, potential,
/// better) → no claim.
/// </summary>
public static partial class SignificanceWording
{
    /// <summary>The claim a sentence makes, or null.</summary>
    public static SignificanceClaim? Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (Negative().IsMatch(sentence))
        {
            return SignificanceClaim.NotSignificant;
        }

        return Positive().IsMatch(sentence) ? SignificanceClaim.Significant : null;
    }

    [GeneratedRegex(@"\binsignificant\b|\bnot\s+(?:statistically\s+)?significant\b|\bno\s+prognostic\s+value\b|\bnot\s+found\s+to\s+have\s+prognostic\s+value\b|\bnon-?significant\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\bsignificant\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Positive();
}
