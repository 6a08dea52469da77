using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Pipeline.Compare;

/// <summary>
/// <c>smnpc compare</c>'s workflow: settings → cohort → the paper's analysis → the manuscript's printed numbers →
/// every published number against its counterpart (through the catalogue) → the reproduction report, written
/// all-or-nothing. With synthetic data each comparison carries the reconstruction's role.
/// </summary>
public static class CompareWorkflow
{
    /// <summary>Compares <paramref name="publishedPath"/> with a rebuild from <paramref name="workspace"/>'s data and writes the report (from <paramref name="templatesFolder"/>'s template) to <paramref name="outputPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The published numbers or the cohort do not exist.</exception>
    /// <exception cref="StudySettingsException">data/study.yaml is not valid.</exception>
    /// <exception cref="InvalidDataException">published.yaml or catalogue.yaml is not valid.</exception>
    /// <exception cref="SmnpcRepro.Cohort.Runtime.CohortDataException">The cohort breaks a rule of its dictionary.</exception>
    /// <exception cref="TemplateException">The report's template is missing or fails.</exception>
    public static ReproductionResult Run(Workspace workspace, string publishedPath, string outputPath, string templatesFolder, ConventionsProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var settings = StudySettingsReader.Read(workspace.StudyFile);
        profile ??= settings.Profile;
        foreach (var path in new[] { publishedPath, workspace.CohortFile })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: error: the file does not exist.", path);
            }
        }

        var paper = PublishedPaper.Load(publishedPath);
        var cohort = CohortCsv.Read(workspace.CohortFile, settings.Validation.Strict);
        var cohortFile = DataFileProvenance.Of(workspace.CohortFile, "data/cohort.csv");
        var origin = StudyBuild.OriginOf(settings, workspace, cohortFile.Sha256);
        var results = PaperAnalysis.Run(cohort.Records, profile, settings.Plan);
        var result = StudyComparison.Run(workspace, paper, results, cohort.Records, PrintedNumbers.From(results, settings.Figures), origin);
        var report = ReproductionReport.Render(
            result,
            DataFileProvenance.Of(publishedPath, Path.GetFileName(publishedPath)),
            cohortFile,
            new TemplateRenderer(templatesFolder),
            origin);
        AtomicWriter.WriteAll([(outputPath, report)]);
        return result;
    }
}
