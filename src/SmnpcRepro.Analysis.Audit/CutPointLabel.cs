using System.Globalization;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Analysis.Audit;

/// <summary>A level label defined by a cut-point: <c>&lt;245</c>, <c>≥245</c>, <c>≤46</c>, <c>&gt;46</c>, <c>&lt;30%</c>.</summary>
/// <param name="Lower">Whether the level is the lower side (&lt; or ≤).</param>
/// <param name="Cut">The cut-point.</param>
/// <param name="IncludesCut">Whether the cut-point itself belongs to the level (≤ or ≥).</param>
public sealed partial record CutPointLabel(bool Lower, decimal Cut, bool IncludesCut)
{
    /// <summary>Reads a label; null when it is not a relation and a number.</summary>
    public static CutPointLabel? TryParse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var match = Pattern().Match(label);
        if (!match.Success)
        {
            return null;
        }

        var relation = match.Groups["rel"].Value;
        return new CutPointLabel(
            relation is "<" or "≤" or "<=",
            decimal.Parse(match.Groups["cut"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            relation is "≤" or "≥" or "<=" or ">=");
    }

    [GeneratedRegex(@"^\s*(?<rel><=|>=|≤|≥|<|>)\s*(?<cut>\d+(?:\.\d+)?)\s*[%％]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
