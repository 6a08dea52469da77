using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript;

/// <summary>The audit's report, <c>audit.md</c>, rendered in memory (writing it is the caller's job).</summary>
public static class AuditReport
{
    /// <summary>The report's file name in the manuscript folder.</summary>
    public const string Document = "audit.md";

    /// <summary>The template it is rendered from.</summary>
    public const string Template = "audit.md.scriban";

    /// <summary>Renders the report of <paramref name="result"/> on <paramref name="source"/>.</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails to render.</exception>
    public static string Render(AuditResult result, DataFileProvenance source, TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Render(Template, AuditReportView.From(result, source));
    }
}
