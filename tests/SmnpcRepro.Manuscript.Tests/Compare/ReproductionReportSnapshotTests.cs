using System.Globalization;
using System.Text.RegularExpressions;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using Snapshooter.Xunit;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>The reproduction report of the committed data against the transcription: its snapshot, the committed file, and culture independence.</summary>
public sealed partial class ReproductionReportSnapshotTests
{
    private static string Render()
    {
        var published = RepositoryPaths.Data("published.yaml");
        var cohortPath = RepositoryPaths.Data("cohort.csv");
        var cohort = CohortCsv.Read(cohortPath).Records;
        var results = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        var paper = PublishedPaper.Load(published);
        var catalogue = CatalogueReader.Read(RepositoryPaths.Data(CatalogueReader.FileName));
        var result = ReproductionComparison.Run(
            paper,
            catalogue,
            results,
            PrintedNumbers.Values(PrintedNumbers.From(results)),
            ReconstructionRoles.From(paper, catalogue, cohort));
        return ReproductionReport.Render(
            result,
            DataFileProvenance.Of(published, "published.yaml"),
            DataFileProvenance.Of(cohortPath, "data/cohort.csv"),
            new TemplateRenderer(RepositoryPaths.Templates));
    }

    [Fact]
    public void The_reproduction_report_as_committed()
    {
        // A change here means a published number's counterpart, class or difference moved: did it mean to?
        // After a new cohort, regenerate with `smnpc compare` and update this snapshot. The hashes are scrubbed.
        SnapshotAssert.Match(Sha256().Replace(Render(), "`<sha256>`").Split('\n'));
    }

    [Fact]
    public void The_report_says_the_data_are_synthetic_and_counts_every_class()
    {
        var report = Render();
        Assert.Contains("**Synthetic data.**", report, StringComparison.Ordinal);
        foreach (var name in new[] { "| Same |", "| Close |", "| Different |", "| No counterpart |" })
        {
            Assert.Contains(name, report, StringComparison.Ordinal);
        }

        foreach (var heading in new[] { "## Table 1 (", "## Table 2 (", "## Results text (", "## Discussion (", "## The multivariate model", "## Published numbers with no recomputed counterpart (" })
        {
            Assert.Contains(heading, report, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Rendering_does_not_depend_on_the_current_culture(string culture)
    {
        CultureScope.AssertSameUnder(culture, Render);
    }

    [GeneratedRegex("`[0-9a-f]{64}`")]
    private static partial Regex Sha256();
}
