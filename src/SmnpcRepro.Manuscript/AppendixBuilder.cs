using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Html;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels.Appendix;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// The robustness appendix as documents, in memory: <c>appendix-robustness.md</c>, its self-contained HTML
/// and one scaled-Schoenfeld-residual plot per term of the multivariate model (SVG and PNG).
/// </summary>
public static class AppendixBuilder
{
    /// <summary>The appendix's Markdown file.</summary>
    public const string MarkdownDocument = "appendix-robustness.md";

    /// <summary>Its self-contained HTML rendering.</summary>
    public const string HtmlDocument = "appendix-robustness.html";

    /// <summary>The appendix's template.</summary>
    public const string Template = "appendix-robustness.md.scriban";

    private const string Title = "SMNPC: robustness appendix";

    /// <summary>Builds the appendix's documents: Markdown, HTML, then the figures.</summary>
    public static IReadOnlyList<ManuscriptDocument> Build(
        RobustnessResults results,
        IReadOnlyList<DataFileProvenance> dataFiles,
        BuildEnvironment environment,
        TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(templates);
        var model = AppendixModel.From(results, dataFiles, environment);
        var documents = new List<ManuscriptDocument>();
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var figure in model.ProportionalHazards.Figures)
        {
            var svg = ManuscriptDocument.Text($"figures/{figure.File}.svg", SchoenfeldPlotter.Svg(figure.Data));
            var png = new ManuscriptDocument($"figures/{figure.File}.png", SchoenfeldPlotter.Png(figure.Data));
            documents.AddRange([svg, png]);
            assets[svg.RelativePath] = svg.Bytes;
            assets[png.RelativePath] = png.Bytes;
        }

        var markdown = templates.Render(Template, model);
        documents.Insert(0, ManuscriptDocument.Text(MarkdownDocument, markdown));
        documents.Insert(1, ManuscriptDocument.Text(HtmlDocument, HtmlPage.Render(Title, markdown, assets)));
        return documents;
    }
}
