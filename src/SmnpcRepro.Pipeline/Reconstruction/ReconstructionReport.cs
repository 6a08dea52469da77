using System.Security.Cryptography;
using System.Text;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Pipeline.Reconstruction;

/// <summary>
/// <c>data/reconstruction-report.md</c>, rendered in memory from a run, its cohort, the published numbers and
/// the paper's analysis — by <c>smnpc reconstruct</c> when it writes the cohort, and by the drift gate, which
/// compares it with the committed report while the data are the unedited reconstruction.
/// </summary>
public static class ReconstructionReport
{
    /// <summary>The report's template, in the manuscript's templates folder.</summary>
    public const string Template = "reconstruction-report.md.scriban";

    /// <summary>The report of <paramref name="run"/> against <paramref name="targets"/>, on the cohort whose CSV text is <paramref name="cohortCsv"/>.</summary>
    public static string Render(ReconstructionResult run, IReadOnlyList<ReconstructionTarget> targets, string cohortCsv, string cohortFileName, PublishedPaper paper, TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(templates);
        var exact = SynthesisTargets.From(paper);
        var input = new ReconstructionReportInput(
            run,
            targets,
            ExactTargetCheck.Check(exact, run.Cohort),
            PaperAnalysis.Run(run.Cohort, CohortReconstructor.Profile),
            PaperAnalysis.Run(run.Cohort, ConventionsProfile.R),
            PublishedConsistency.Check(paper),
            cohortFileName,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cohortCsv))));
        return templates.Render(Template, ReconstructionReportView.From(input));
    }

    /// <summary>The report of the committed run record on the committed cohort, or null when there is no run record.</summary>
    public static string? Rebuild(Workspace workspace, IReadOnlyList<CohortRecord> cohort, PublishedPaper paper, TemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var run = ReconstructionRun.Load(Path.Combine(workspace.DataFolder, ReconstructionRun.FileName));
        if (run is null)
        {
            return null;
        }

        var targets = ReconstructionTargets.From(paper, CatalogueReader.Read(workspace.CatalogueFile));
        var result = run.With(cohort, SynthesisTargets.From(paper), targets);
        return Render(result, targets, File.ReadAllText(workspace.CohortFile), Path.GetFileName(workspace.CohortFile), paper, templates);
    }
}
