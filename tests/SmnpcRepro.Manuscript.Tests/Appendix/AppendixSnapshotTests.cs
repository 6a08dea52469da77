using System.Globalization;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.Tests.Rendering;
using SmnpcRepro.Manuscript.ViewModels.Appendix;
using Snapshooter;
using Snapshooter.Xunit;

namespace SmnpcRepro.Manuscript.Tests.Appendix;

/// <summary>
/// Snapshots of the robustness appendix's numbers as it prints them, from data/cohort.csv under the default
/// (spss18) profile, with fewer resamples than the build (200 bootstrap resamples, 2,000 permutations) to
/// stay fast; seeds are fixed, so the numbers are too. A failing snapshot asks: did this number mean to move?
/// </summary>
public sealed class AppendixSnapshotTests
{
    /// <summary>The resamples of the appendix tests.</summary>
    internal static readonly RobustnessOptions TestOptions = new() { BootstrapResamples = 200, PermutationResamples = 2000 };

    private static readonly Lazy<RobustnessResults> Spss = new(() => Analyse(ConventionsProfile.Spss18));

    internal static RobustnessResults Analyse(ConventionsProfile profile) =>
        RobustnessAnalysis.Run(CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records, profile, TestOptions);

    internal static string Render(RobustnessResults results) =>
        new TemplateRenderer(RepositoryPaths.Templates).Render(
            AppendixBuilder.Template,
            AppendixModel.From(results, [new DataFileProvenance("data/cohort.csv", "(scrubbed)")], ManuscriptSnapshotTests.FixedEnvironment));

    [Fact]
    public void The_robustness_appendix_as_it_prints() => SnapshotAssert.Match(Render(Spss.Value).Split('\n'));

    [Fact]
    public void The_robustness_appendix_under_R_conventions() => SnapshotAssert.Match(Render(Analyse(ConventionsProfile.R)).Split('\n'));

    [Fact]
    public void A_section_with_nothing_to_show_is_one_sentence()
    {
        // The frozen cohort has no two deaths at one time: section 6 is the sentence alone, no tables of 0.0%.
        Assert.Equal(0, Spss.Value.Ties.TiedDeathTimes);
        var text = Render(Spss.Value);
        var start = text.IndexOf("## 6.", StringComparison.Ordinal);
        var section = text[start..text.IndexOf("\n---\n", start, StringComparison.Ordinal)];
        Assert.Equal("## 6. Breslow versus Efron ties\n\n" + TiesView.IdenticalFits + "\n", section.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schoenfeld_figure_data()
    {
        // One figure per term of the multivariate model (none when no factor entered).
        var figures = AppendixModel.From(Spss.Value, [], ManuscriptSnapshotTests.FixedEnvironment).ProportionalHazards.Figures;
        Assert.Equal(Spss.Value.ProportionalHazards?.Terms.Count ?? 0, figures.Count);
        // Every figure is compared before the test fails, so one run reports (and writes to __mismatch__/) all of them.
        var failures = new List<string>();
        foreach (var figure in figures)
        {
            try
            {
                SnapshotAssert.Match(SnapshotData.Lines(figure.Data), SnapshotNameExtension.Create(figure.File));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{figure.File}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} figure snapshot(s) differ; the new ones are in __snapshots__/__mismatch__/ (accept all with scripts/accept-snapshots.sh):\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_figure_the_appendix_shows_is_built_and_embedded_and_the_manuscript_links_it()
    {
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var paper = Analysis.PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18);
        var documents = ManuscriptBuilder.Build(paper, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates), Spss.Value);
        var markdown = documents.Single(d => d.RelativePath == AppendixBuilder.MarkdownDocument).Content;
        var html = documents.Single(d => d.RelativePath == AppendixBuilder.HtmlDocument).Content;
        var terms = Spss.Value.ProportionalHazards?.Terms ?? [];
        foreach (var term in terms)
        {
            var stem = SmnpcRepro.Manuscript.Figures.SchoenfeldFigureBuilder.FileStem(term.FactorKey);
            Assert.Contains($"figures/{stem}.svg", markdown, StringComparison.Ordinal);
            Assert.Contains($"figures/{stem}.png", documents.Select(d => d.RelativePath));
        }

        Assert.Equal(terms.Count, html.Split("data:image/svg+xml;base64,").Length - 1);
        Assert.DoesNotContain("NaN", markdown, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", html, StringComparison.Ordinal);
        Assert.Contains("(appendix-robustness.md)", documents.Single(d => d.RelativePath == ManuscriptBuilder.MainDocument).Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_appendix_and_its_figures_are_byte_identical_under_another_culture(string culture)
    {
        IReadOnlyList<ManuscriptDocument> Build() =>
            AppendixBuilder.Build(Spss.Value, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates));
        CultureScope.AssertSameDocumentsUnder(culture, Build);
    }
}
