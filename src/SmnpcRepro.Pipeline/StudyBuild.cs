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
using SmnpcRepro.Manuscript.ViewModels;
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
    /// <exception cref="SmnpcRepro.Cohort.Runtime.CohortDataException">The cohort file breaks a rule of its dictionary (REDCap's soft checks too, under <c>validation.strict: true</c>).</exception>
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

        var cohort = CohortCsv.Read(workspace.CohortFile, settings.Validation.Strict);
        RequirePlannedFields(settings, cohort, workspace.CohortFile);
        var cohortFile = DataFileProvenance.Of(workspace.CohortFile, "data/cohort.csv");
        var dataFiles = File.Exists(workspace.DictionaryFile)
            ? new[] { cohortFile, DataFileProvenance.Of(workspace.DictionaryFile, "data/cohort.dictionary.csv") }
            : [cohortFile];
        var origin = OriginOf(settings, workspace, cohortFile.Sha256);
        var templates = new TemplateRenderer(workspace.TemplatesFolder);
        var environment = BuildEnvironment.Current(workspace.Root, workspace.TemplatesFolder, origin);

        var results = PaperAnalysis.Run(cohort.Records, settings.Profile, settings.Plan);
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
            // With synthetic data each comparison says what the reconstruction did with the number (exact, fitted, not targeted).
            var comparison = Compare.StudyComparison.Run(workspace, paper, results, cohort.Records, numbers, origin);
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

        warnings.AddRange(cohort.Warnings.Select(w => SoftCheckWarning.Describe(workspace.CohortFile, w)));
        warnings.AddRange(FragileEstimates.Assess(results, robustness.Firth, FragilityRule.Table2).Select(e =>
            $"fragile estimate: Table 2, {e.Label} ({(e.Column == Table2Column.Univariate ? "univariate" : "multivariate")}): {Table2View.Why(e)} (marked {Table2View.FragileMark})."));
        var analysed = settings.Plan.Source.Factors.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        warnings.AddRange(cohort.Missing.Where(m => m.Count > 0).Select(m => analysed.Contains(m.Field)
            ? $"{m.Field}: {Format.Count(m.Count)} missing value(s), shown in Table 2's n and the model notes."
            : $"{m.Field}: {Format.Count(m.Count)} missing value(s); the analysis plan (data/study.yaml) does not use this field."));
        return new BuildOutput(settings, origin, cohort.Count, documents, numbers, reconstructionProblems, warnings, reconstructionReport);
    }

    /// <summary>Every field the plan analyses must have values: an optional column may be absent from an export, but not one the plan uses.</summary>
    private static void RequirePlannedFields(StudySettings settings, SmnpcRepro.Cohort.Runtime.CohortDataSet<CohortRecord> cohort, string file)
    {
        var errors = settings.Plan.Source.Factors
            .Where(f => cohort.Count > 0 && cohort.MissingCount(f.Field) == cohort.Count)
            .Select(f => new SmnpcRepro.Cohort.Runtime.DataError(file, 1, 0, f.Field, string.Empty,
                $"the analysis plan (data/study.yaml, factor '{f.Key}') uses field '{f.Field}', which has no value in any row (its column is absent or empty)"))
            .ToArray();
        if (errors.Length > 0)
        {
            throw new SmnpcRepro.Cohort.Runtime.CohortDataException(errors);
        }
    }

    /// <summary>Synthetic and the cohort the reconstruction report describes; synthetic but edited since; or real.</summary>
    public static DataOrigin OriginOf(StudySettings settings, Workspace workspace, string cohortSha256) =>
        settings.Provenance == DataProvenance.Real ? DataOrigin.Real
        : string.Equals(ReconstructionRecord.CohortSha256(workspace.ReconstructionReportFile), cohortSha256, StringComparison.Ordinal) ? DataOrigin.Synthetic
        : DataOrigin.EditedSynthetic;
}
