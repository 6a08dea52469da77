using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript;

/// <summary>The drift check's report, rendered in memory (printing or writing it is the caller's job).</summary>
public static class DriftReport
{
    /// <summary>The template it is rendered from.</summary>
    public const string Template = "check.md.scriban";

    /// <summary>Renders the report of <paramref name="result"/>.</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails to render.</exception>
    public static string Render(
        DriftResult result,
        DataFileProvenance data,
        string numbersFile,
        string profile,
        TemplateRenderer templates,
        IReadOnlyList<string>? files = null,
        IReadOnlyList<string>? reconstruction = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Render(Template, DriftReportView.From(result, data, numbersFile, profile, files, reconstruction));
    }
}
