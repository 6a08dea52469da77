using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Rendering;

/// <summary>The whole manuscript (Markdown, HTML, DOCX, SVG, PDF, PNG, figure JSON) is the same bytes under any culture.</summary>
public sealed class DeterminismTests
{
    private static IReadOnlyList<ManuscriptDocument> BuildAll()
    {
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var results = PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18);
        return ManuscriptBuilder.Build(results, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Every_document_is_byte_identical_under_another_culture(string culture)
    {
        CultureScope.AssertSameDocumentsUnder(culture, BuildAll);
    }

    [Fact]
    public void The_manuscript_shows_every_figure_and_the_html_embeds_them()
    {
        var documents = BuildAll();
        var markdown = documents.Single(d => d.RelativePath == ManuscriptBuilder.MainDocument).Content;
        var html = documents.Single(d => d.RelativePath == ManuscriptBuilder.HtmlDocument).Content;
        foreach (var n in new[] { 3, 4, 5, 6 })
        {
            Assert.Contains($"figures/figure{n}.svg", markdown, StringComparison.Ordinal);
            Assert.Contains($"figures/figure{n}.png", documents.Select(d => d.RelativePath));
        }

        Assert.Contains("figures/figure-s1-forest.svg", markdown, StringComparison.Ordinal);
        foreach (var file in new[] { "figure-s1-forest.pdf", "figure-s1-forest.png", "figure3.pdf", ManuscriptBuilder.WordDocument })
        {
            Assert.Contains(file, documents.Select(d => Path.GetFileName(d.RelativePath)));
        }

        Assert.Equal(5, html.Split("data:image/svg+xml;base64,").Length - 1);
        Assert.Equal(5, html.Split("<figcaption>").Length - 1);
        Assert.Contains("<div class=\"table-scroll\">\n<table>\n<caption>Table 2 ", html, StringComparison.Ordinal);

        // At 390 px Table 2 scrolls inside its box, and its caption wraps to the box's visible width and stays in
        // view (checked by eye in headless Chromium at --window-size=390; these are the rules that do it).
        Assert.Contains(".table-scroll { container-type: inline-size; overflow-x: auto;", html, StringComparison.Ordinal);
        Assert.Contains("position: sticky; left: 0; max-width: 100cqi;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alt=\"Figure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", markdown, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", html, StringComparison.Ordinal);
    }
}
