using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Html;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// The pipeline's last stages: analysis results → view models → templates → documents, all in memory.
/// Writing the documents to disk (atomically) is the caller's job, so a failure anywhere here leaves
/// <c>manuscript/</c> untouched.
/// </summary>
public static class ManuscriptBuilder
{
    /// <summary>The manuscript's main file.</summary>
    public const string MainDocument = "manuscript.md";

    /// <summary>The self-contained HTML rendering of the main file.</summary>
    public const string HtmlDocument = "manuscript.html";

    private const string Title = "SMNPC: the paper rebuilt from data";

    /// <summary>Builds every manuscript document from the cohort.</summary>
    public static IReadOnlyList<ManuscriptDocument> Build(
        CohortDataSet<CohortRecord> cohort,
        IReadOnlyList<DataFileProvenance> dataFiles,
        BuildEnvironment environment,
        TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(templates);
        var table1 = Table1View.From(Table1.Build(cohort.Records));
        var missing = cohort.Missing
            .Where(m => m.Count > 0)
            .Select(m => $"{m.Field}: {Format.Count(m.Count)}")
            .ToArray();
        ArgumentNullException.ThrowIfNull(environment);
        var colophon = new ColophonView(
            environment.Commit + (environment.Dirty ? " (with uncommitted changes)" : string.Empty),
            environment.Runtime,
            environment.Packages.Select(p => $"{p.Name} {p.Version}").ToArray());
        var model = new ManuscriptModel(Format.Count(cohort.Count), table1, dataFiles, missing, colophon);
        var markdown = templates.Render("manuscript.md.scriban", model);
        var html = HtmlPage.Render(Title, markdown, new Dictionary<string, byte[]>(StringComparer.Ordinal));
        return [ManuscriptDocument.Text(MainDocument, markdown), ManuscriptDocument.Text(HtmlDocument, html)];
    }
}
