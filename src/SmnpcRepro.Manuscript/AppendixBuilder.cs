using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Html;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels.Appendix;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// The robustness appendix as documents, in memory: <c>appendix-robustness.md</c>, its self-contained HTML
/// its Word document and one scaled-Schoenfeld-residual plot per term of the multivariate model (SVG, PDF, PNG).
/// </summary>
public static class AppendixBuilder
{
    /// <summary>The appendix's Markdown file.</summary>
    public const string MarkdownDocument = "appendix-robustness.md";

    /// <summary>Its self-contained HTML rendering.</summary>
    public const string HtmlDocument = "appendix-robustness.html";

    /// <summary>The appendix as a Word document.</summary>
    public const string WordDocument = "appendix-robustness.docx";

    /// <summary>The appendix's template.</summary>
    public const string Template = "appendix-robustness.md.scriban";

    private const string Title = "SMNPC: robustness appendix";

    /// <summary>Builds the appendix's documents: Markdown, HTML, then the figures.</summary>
    public static IReadOnlyList<ManuscriptDocument> Build(
        RobustnessResults results,
        IReadOnlyList<DataFileProvenance> dataFiles,
        BuildEnvironment environment,
        TemplateRenderer templates,
        FigureOptions? figures = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(templates);
        figures ??= FigureOptions.Default;
        var model = AppendixModel.From(results, dataFiles, environment);
        var documents = new List<ManuscriptDocument>();
        foreach (var figure in model.ProportionalHazards.Figures)
        {
            documents.AddRange(FigureDocuments.Of(figure.File, SchoenfeldPlotter.Render(figure.Data, figures), json: null));
        }

        var assets = FigureDocuments.Assets(documents);
        var markdown = templates.Render(Template, model);
        documents.Insert(0, ManuscriptDocument.Text(MarkdownDocument, markdown));
        documents.Insert(1, ManuscriptDocument.Text(HtmlDocument, HtmlPage.Render(Title, markdown, assets)));
        documents.Insert(2, new ManuscriptDocument(WordDocument, Docx.WordDocumentWriter.Write(markdown, assets, FigureOptions.Millimetres(figures.Width))));
        return documents;
    }
}
