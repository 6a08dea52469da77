using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Html;

/// <summary>
/// Turns the Markdown manuscript into one self-contained HTML page (Markdig): figures referenced as
/// <c>figures/*.svg</c> or <c>*.png</c> are embedded as data URIs, so the file can be mailed or opened
/// offline and still shows everything. Figures and tables get their HTML structure (HtmlStructure); a small
/// print-friendly stylesheet that keeps tables readable from 390 px up is inlined.
/// </summary>
public static partial class HtmlPage
{
    /// <summary>The page for <paramref name="markdown"/>; <paramref name="assets"/> maps relative paths to file bytes.</summary>
    public static string Render(string title, string markdown, IReadOnlyDictionary<string, byte[]> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var body = ManuscriptMarkdown.Parse(markdown).ToHtml(ManuscriptMarkdown.Pipeline);
        body = ImageSource().Replace(body, m =>
        {
            var path = m.Groups["src"].Value;
            if (!assets.TryGetValue(path, out var bytes))
            {
                throw new InvalidOperationException($"The manuscript shows '{path}', which the build did not produce.");
            }

            var mime = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png";
            return $"src=\"data:{mime};base64,{Convert.ToBase64String(bytes)}\"";
        });

        body = HtmlStructure.Apply(body);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(System.Net.WebUtility.HtmlEncode(title)).Append("</title>\n");
        sb.Append("<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append(body);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // Text keeps a 46rem measure; tables may use the page's full 72rem and scroll sideways when the screen is
    // narrower; numeric columns (right-aligned by NumericColumns) use tabular figures and never wrap. A table's
    // caption wraps to the scroll box's visible width (100cqi of the box, a size container) and stays in view
    // (sticky at the left) while the table scrolls under it, so it reads at 390 px.
    private const string Stylesheet = """
        body { margin: 0; background: #f4f4f2; color: #1a1a1a; font: 16px/1.55 "DejaVu Serif", Georgia, serif; }
        main { max-width: 72rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); box-sizing: border-box; }
        main > :not(.table-scroll) { max-width: 46rem; margin-left: auto; margin-right: auto; }
        h1 { font-size: 1.6rem; line-height: 1.25; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        h3 { font-size: 1.05rem; }
        blockquote { margin: 1rem 0; padding: .6rem 1rem; background: #fff6e0; border-left: 4px solid #e69f00; }
        .table-scroll { container-type: inline-size; overflow-x: auto; margin: 1rem 0; -webkit-overflow-scrolling: touch; }
        table { border-collapse: collapse; margin: 0 auto; font: 14px/1.4 "DejaVu Sans", Arial, sans-serif; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 .4rem; position: sticky; left: 0; max-width: 100cqi; box-sizing: border-box; }
        th, td { padding: .2rem .7rem; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: top; }
        th[style*="right"], td[style*="right"] { white-space: nowrap; }
        td:first-child { min-width: 9rem; }
        thead th { border-top: 2px solid #333; border-bottom: 1px solid #333; vertical-align: bottom; }
        tbody tr:last-child td { border-bottom: 2px solid #333; }
        img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        figure { margin: 1.5rem auto; }
        figure img { width: 32rem; }
        figcaption { font-size: .95rem; margin-top: .5rem; }
        code { font-size: .9em; overflow-wrap: anywhere; }
        small { color: #555; }
        @media (max-width: 40rem) { main { margin: 0; padding: 1rem; } body { font-size: 15px; } table { font-size: 13px; } }
        @media print { body { background: #fff; } main { box-shadow: none; margin: 0; max-width: none; } .table-scroll { overflow: visible; } }
        """;

    [GeneratedRegex("src=\"(?<src>[^\":]+\\.(?:svg|png))\"")]
    private static partial Regex ImageSource();
}
