using System.Text;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>
/// One HR a factor's Cox covariates estimate, and so one estimate of Table 2: the factor itself for a binary or
/// ordinal factor, one group against the reference for a categorical one. Its <see cref="Key"/> names the Cox
/// covariate, the estimate's numbers.json ids (<c>table2.&lt;key&gt;.univariate.hr</c>) and its rows in the
/// robustness appendix.
/// </summary>
/// <param name="Key">The factor's key, or <c>factor.group</c> for a categorical factor's contrast.</param>
/// <param name="Label">How tables name the estimate ("Metastatic level: Thoracic vs Cervical").</param>
/// <param name="InText">How the running text names it ("metastatic level (Thoracic vs Cervical)").</param>
/// <param name="Group">The group compared with the reference (a categorical or binary factor), or −1 (ordinal: per step).</param>
public sealed record FactorContrast(string Key, string Label, string InText, int Group)
{
    /// <summary>A group label as a key part: lower case letters and digits, other runs as one '_' ("D, E" → "d_e").</summary>
    public static string Slug(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var s = new StringBuilder(label.Length);
        foreach (var ch in label.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                s.Append(ch);
            }
            else if (s.Length > 0 && s[^1] != '_')
            {
                s.Append('_');
            }
        }

        return s.ToString().TrimEnd('_');
    }
}
