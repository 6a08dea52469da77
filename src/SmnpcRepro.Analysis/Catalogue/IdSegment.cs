using System.Text;

namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>
/// Turns a label a reader sees into a stable id segment: lower case, comparison signs spelled out as
/// the YAML keys spell them (<c>&lt;80</c> → <c>lt80</c>, <c>≥30%</c> → <c>ge30</c>), everything else
/// that is not a letter or digit as one underscore (<c>En bloc</c> → <c>en_bloc</c>, <c>A, B, C</c> → <c>a_b_c</c>).
/// </summary>
public static class IdSegment
{
    /// <summary>The id segment of <paramref name="label"/>.</summary>
    public static string Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label
            .Replace("≤", "le", StringComparison.Ordinal)
            .Replace("≥", "ge", StringComparison.Ordinal)
            .Replace("<", "lt", StringComparison.Ordinal)
            .Replace(">", "gt", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().TrimEnd('_');
    }
}
