using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript;

/// <summary><c>changes.md</c>: what a build changed in the printed manuscript, rendered in memory.</summary>
public static class ChangeReport
{
    /// <summary>The report's file name in the manuscript folder.</summary>
    public const string Document = "changes.md";

    /// <summary>The template it is rendered from.</summary>
    public const string Template = "changes.md.scriban";

    /// <summary>The line that names the numbers file the report leads to (the drift gate reads it back).</summary>
    public const string NumbersLinePrefix = "Leads to `numbers.json` SHA-256 `";

    /// <summary>Renders the change from the previous build's numbers to this build's (hashed as <paramref name="numbersSha256"/>).</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails to render.</exception>
    public static string Render(DriftResult drift, string numbersSha256, TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Render(Template, ChangesView.From(drift, numbersSha256));
    }

    /// <summary>The numbers-file SHA-256 a rendered report names, or null when it names none.</summary>
    public static string? NumbersSha256(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var start = report.LastIndexOf(NumbersLinePrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += NumbersLinePrefix.Length;
        var end = report.IndexOf('`', start);
        return end < 0 ? null : report[start..end];
    }
}
