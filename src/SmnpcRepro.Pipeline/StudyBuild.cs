using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;
using ExactTargetCheck = SmnpcRepro.Analysis.Reconstruction.ExactTargetCheck;
using SynthesisTargets = SmnpcRepro.Analysis.Reconstruction.SynthesisTargets;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// The whole build, in memory: settings → cohort → analysis → robustness → every document under
/// <c>manuscript/</c>. <c>smnpc build</c> writes what this returns (all-or-nothing); <c>smnpc check</c>
/// compares it with the committed files. Nothing here writes to disk, so a failure leaves the manuscript as it was.
/// </summary>
public static class StudyBuild
{
    /// <summary>Builds every document of <paramref name="workspace"/>.</summary>
    /// <exception cref="StudySettingsException">data/study.yaml is not valid.</exception>
    /// <exception cref="SmnpcRepro.Cohort.Runtime.CohortDataException">The cohort file breaks a rule of its dictionary.</exception>
    /// <exception cref="TemplateException">A template is missing or fails.</exception>
    /// <exception cref="FileNotFoundException">The cohort file does not exist.</exception>
    public static BuildOutput Run(Workspace workspace, IProgress<int>? bootstrapProgress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var settings = StudySettingsReader.Read(workspace.StudyFile);
        if (!File.Exists(workspace.CohortFile))
        {
            throw new FileNotFoundException($"{workspace.CohortFile}: error: the cohort file does not exist (run `smnpc reconstruct` to make the synthetic one).", workspace.CohortFile);
        }

        var cohort = CohortCsv.Read(workspace.CohortFile);
        var cohortFile = DataFileProvenance.Of(workspace.CohortFile, "data/cohort.csv");
        var dataFiles = File.Exists(workspace.DictionaryFile)
            ? new[] { cohortFile, DataFileProvenance.Of(workspace.DictionaryFile, "data/cohort.dictionary.csv") }
            : [cohortFile];
        var origin = OriginOf(settings, workspace, cohortFile.Sha256);
        var templates = new TemplateRenderer(workspace.TemplatesFolder);
        var environment = BuildEnvironment.Current(workspace.Root, workspace.TemplatesFolder, origin);

        var results = PaperAnalysis.Run(cohort.Records, settings.Profile);
        var robustness = RobustnessAnalysis.Run(cohort.Records, results, settings.Robustness, bootstrapProgress);
        var documents = ManuscriptBuilder.Build(results, cohort.Missing, dataFiles, environment, templates, robustness, settings.Figures).ToList();
        // The printed numbers as the build wrote them (read back from its numbers.json, not computed a second time).
        var numbers = NumbersJson.Parse(documents.Single(d => d.RelativePath == PrintedNumbers.FileName).Content, PrintedNumbers.FileName);

        var reconstructionProblems = new List<string>();
        string? reconstructionReport = null;
        if (File.Exists(workspace.PublishedFile))
        {
            var paper = PublishedPaper.Load(workspace.PublishedFile);
            var publishedFile = DataFileProvenance.Of(workspace.PublishedFile, Path.GetFileName(workspace.PublishedFile));
            var comparison = ReproductionComparison.Run(paper, results);
            documents.Add(ManuscriptDocument.Text(ReproductionReport.Document, ReproductionReport.Render(comparison, publishedFile, cohortFile, templates, origin)));
            documents.Add(ManuscriptDocument.Text(AuditReport.Document, AuditReport.Render(PublishedPaperAudit.Run(paper), publishedFile, templates)));
            if (origin == DataOrigin.Synthetic)
            {
                reconstructionProblems.AddRange(ExactTargetCheck.Check(SynthesisTargets.From(paper), cohort.Records)
                    .Where(t => !t.Holds)
                    .Select(t => $"{t.Label}: the reconstruction promises {Format.Number(t.Published)}, the cohort gives {Format.Number(t.Achieved)} ({t.Source})"));
                reconstructionReport = Reconstruction.ReconstructionReport.Rebuild(workspace, cohort.Records, paper, templates);
            }
        }

        var warnings = new List<string>();
        if (origin == DataOrigin.EditedSynthetic)
        {
            warnings.Add($"{workspace.CohortFile} is declared synthetic (data/study.yaml) but is not the cohort {Path.GetFileName(workspace.ReconstructionReportFile)} describes: the manuscript says it was edited by hand, and the reconstruction's checks are not run.");
        }

        warnings.AddRange(cohort.Missing.Where(m => m.Count > 0).Select(m => $"{m.Field}: {Format.Count(m.Count)} missing value(s), shown in Table 2's n and the model notes."));
        return new BuildOutput(settings, origin, cohort.Count, documents, numbers, reconstructionProblems, warnings, reconstructionReport);
    }

    /// <summary>Synthetic and the cohort the reconstruction report describes; synthetic but edited since; or real.</summary>
    public static DataOrigin OriginOf(StudySettings settings, Workspace workspace, string cohortSha256) =>
        settings.Provenance == DataProvenance.Real ? DataOrigin.Real
        : string.Equals(ReconstructionRecord.CohortSha256(workspace.ReconstructionReportFile), cohortSha256, StringComparison.Ordinal) ? DataOrigin.Synthetic
        : DataOrigin.EditedSynthetic;
}
