using System.Text.RegularExpressions;

namespace SmnpcRepro.Manuscript.Html;

/// <summary>
/// Gives Markdig's HTML the structure a reader's tools expect: an image paragraph followed by its
/// "<strong>Figure …</strong>" caption becomes a <c>&lt;figure&gt;</c> with a <c>&lt;figcaption&gt;</c>; a bold
/// paragraph right above a table becomes the table's <c>&lt;caption&gt;</c>; every table sits in a box that
/// scrolls sideways on a narrow screen instead of being cut off.
/// </summary>
public static partial class HtmlStructure
{
    /// <summary>The page body with figures, table captions and scroll boxes.</summary>
    public static string Apply(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body = FigureWithCaption().Replace(body, m => $"<figure>\n{m.Groups["img"].Value}\n<figcaption>{m.Groups["caption"].Value}</figcaption>\n</figure>");
        body = CaptionedTable().Replace(body, m => $"<div class=\"table-scroll\">\n<table>\n<caption>{m.Groups["caption"].Value}</caption>");
        body = BareTable().Replace(body, "<div class=\"table-scroll\">\n<table>");
        return body.Replace("</table>", "</table>\n</div>", StringComparison.Ordinal);
    }

    [GeneratedRegex("<p>(?<img><img [^>]*>)</p>\\s*<p>(?<caption><strong>(?:Supplementary )?Figure [^<]*</strong>.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FigureWithCaption();

    [GeneratedRegex("<p><strong>(?<caption>[^<]*)</strong></p>\\s*<table>")]
    private static partial Regex CaptionedTable();

    [GeneratedRegex("(?<!<div class=\"table-scroll\">\\n)<table>")]
    private static partial Regex BareTable();
}
