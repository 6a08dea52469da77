using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Html;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// The pipeline's last stages: analysis results → view models → templates and figures → documents, all
/// in memory. Writing them to disk (atomically) is the caller's job, so a failure anywhere here leaves
/// <c>manuscript/</c> untouched.
/// </summary>
public static class ManuscriptBuilder
{
    /// <summary>The manuscript's main file.</summary>
    public const string MainDocument = "manuscript.md";

    /// <summary>The self-contained HTML rendering of the main file.</summary>
    public const string HtmlDocument = "manuscript.html";

    /// <summary>The main file as a Word document.</summary>
    public const string WordDocument = "manuscript.docx";

    private const string Title = "SMNPC: the paper rebuilt from data";

    /// <summary>Builds every manuscript document from the analysis results (and the robustness appendix when <paramref name="robustness"/> is given).</summary>
    public static IReadOnlyList<ManuscriptDocument> Build(
        PaperResults results,
        IReadOnlyList<FieldMissingness> missing,
        IReadOnlyList<DataFileProvenance> dataFiles,
        BuildEnvironment environment,
        TemplateRenderer templates,
        Analysis.Robustness.RobustnessResults? robustness = null,
        FigureOptions? figures = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(templates);
        figures ??= FigureOptions.Default;
        var fragile = robustness is null ? null : FragileEstimates.Assess(results, robustness.Firth, FragilityRule.Table2);
        var model = Model(results, missing, dataFiles, environment, figures, fragile);
        // One figure at a time: Skia is not safe to draw with on several threads (FigureRendering).
        var documents = new List<ManuscriptDocument>();
        foreach (var figure in model.Figures)
        {
            documents.AddRange(FigureDocuments.Of(figure.File, KaplanMeierPlotter.Render(figure.Data, figures, figure.Description), FigureJson.Serialize(figure.Data)));
        }

        documents.AddRange(FigureDocuments.Of(model.Forest.File, ForestPlotter.Render(model.Forest.Data, figures), FigureJson.Serialize(model.Forest.Data)));
        var assets = FigureDocuments.Assets(documents);
        documents.Add(PrintedNumbers.Document(model));
        var markdown = templates.Render("manuscript.md.scriban", model);
        var html = HtmlPage.Render(Title, markdown, assets);
        documents.Insert(0, ManuscriptDocument.Text(MainDocument, markdown));
        documents.Insert(1, ManuscriptDocument.Text(HtmlDocument, html));
        documents.Insert(2, new ManuscriptDocument(WordDocument, Docx.WordDocumentWriter.Write(markdown, assets, FigureOptions.Millimetres(figures.Width))));
        documents.AddRange(robustness is null ? [] : AppendixBuilder.Build(robustness, dataFiles, environment, templates, figures));
        return documents;
    }

    /// <summary>The view model of the main document (all numbers formatted; the <paramref name="fragile"/> estimates marked in Table 2).</summary>
    public static ManuscriptModel Model(
        PaperResults results,
        IReadOnlyList<FieldMissingness> missing,
        IReadOnlyList<DataFileProvenance> dataFiles,
        BuildEnvironment environment,
        FigureOptions? options = null,
        IReadOnlyList<FragileEstimate>? fragile = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(environment);
        // The views record each number as they format it: numbers.json is what they print, by construction.
        var (text, table1, figures, table2, numbers) = PrintedNumbers.Views(results, options, fragile);
        return new ManuscriptModel(
            Format.Count(results.Patients),
            MethodsView.From(results, environment),
            text,
            table1,
            table2,
            figures,
            dataFiles,
            // The variables the analysis reads; a field the plan does not use is reported by `smnpc build`, not here.
            missing.Where(m => m.Count > 0 && results.Plan.Source.Factors.Any(f => string.Equals(f.Field, m.Field, StringComparison.Ordinal)))
                .Select(m => $"{m.Field}: {Format.Count(m.Count)}").ToArray(),
            ColophonView.From(environment),
            DataNoticeView.From(environment.Origin),
            FigureView.Citation(figures),
            SupplementaryFigureView.Forest(results),
            numbers);
    }
}
