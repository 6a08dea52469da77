using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Docx;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.Tests.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Docx;

/// <summary>manuscript.docx: the same text as the Markdown, real tables, the figures embedded with alt text, valid Open XML, the same bytes every time.</summary>
public sealed class WordDocumentTests
{
    private static readonly Lazy<IReadOnlyList<ManuscriptDocument>> Documents = new(() =>
    {
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var results = PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18);
        return ManuscriptBuilder.Build(results, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates));
    });

    private static byte[] Docx => Documents.Value.Single(d => d.RelativePath == ManuscriptBuilder.WordDocument).Bytes;

    [Fact]
    public void The_manuscript_as_Word_prints() => SnapshotAssert.Match(DocxText.Lines(Docx));

    [Fact]
    public void It_is_valid_Open_XML_that_Word_opens_without_repair()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Every_figure_is_embedded_once_as_its_600_dpi_png_with_alt_text_that_says_what_it_shows()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var images = main.ImageParts.ToArray();
        Assert.Equal(5, images.Length); // Figures 3–6 and the forest plot
        foreach (var image in images)
        {
            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(600, SmnpcRepro.Manuscript.Figures.Drawing.PngResolution.Read(copy.ToArray()));
        }

        var pictures = main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToArray();
        Assert.All(pictures, p => Assert.StartsWith(p.Name!.Value!.StartsWith("figure-s1", StringComparison.Ordinal) ? "Forest plot" : "Kaplan–Meier", p.Description!.Value, StringComparison.Ordinal));
        var extents = main.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().ToArray();
        Assert.All(extents, e => Assert.Equal(89 * 36000L, e.Cx!.Value)); // one column, 89 mm
    }

    [Fact]
    public void Every_page_is_numbered_by_a_PAGE_field_in_the_footer()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var reference = Assert.Single(main.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.FooterReference>());
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.Default, reference.Type!.Value);
        var footer = (FooterPart)main.GetPartById(reference.Id!.Value!);
        Assert.Equal(" PAGE ", Assert.Single(footer.Footer!.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>()).Text);
        Assert.Equal(3, footer.Footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldChar>().Count()); // begin, separate, end
    }

    [Fact]
    public void The_package_has_fixed_entry_dates_and_Word_s_part_order()
    {
        using var zip = new ZipArchive(new MemoryStream(Docx), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "_rels/.rels"], zip.Entries.Take(2).Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var rest = zip.Entries.Skip(2).Select(e => e.FullName).ToArray();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var assets = SmnpcRepro.Manuscript.Figures.FigureDocuments.Assets(Documents.Value);
        var markdown = Documents.Value.Single(d => d.RelativePath == ManuscriptBuilder.MainDocument).Content;
        Assert.Equal(Docx, WordDocumentWriter.Write(markdown, assets, 89));
    }

    [Fact]
    public void Table_levels_are_indented_block_rows_bold_and_numbers_right_aligned()
    {
        var lines = DocxText.Lines(Docx);
        Assert.Contains(lines, l => l.StartsWith("| **Gender**", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| › ", StringComparison.Ordinal) && l.Contains(" →", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("<small>", StringComparison.Ordinal) || l.Contains("&emsp;", StringComparison.Ordinal));
    }
}
