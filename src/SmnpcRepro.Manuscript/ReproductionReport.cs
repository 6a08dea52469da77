using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript;

/// <summary>The reproduction report, <c>reproduction.md</c>, rendered in memory (writing it is the caller's job).</summary>
public static class ReproductionReport
{
    /// <summary>The report's file name in the manuscript folder.</summary>
    public const string Document = "reproduction.md";

    /// <summary>The template it is rendered from.</summary>
    public const string Template = "reproduction.md.scriban";

    /// <summary>Renders the report of <paramref name="result"/>.</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails to render.</exception>
    public static string Render(ReproductionResult result, DataFileProvenance published, DataFileProvenance data, TemplateRenderer templates, DataOrigin origin = DataOrigin.Synthetic)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Render(Template, ReproductionReportView.From(result, published, data, origin));
    }
}
