using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SmnpcRepro.Manuscript.Figures.Drawing;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// The generated Markdown as a Word document (Open XML SDK): the same text, headings and tables, each figure
/// embedded as its 600-dpi PNG at its printed width with its alt text, on A4 with 2.5 cm margins and the page
/// number in the footer. The bytes depend only on the inputs (explicit relationship ids,
/// <see cref="DeterministicZip"/>), so the drift gate compares the file like every other output.
/// </summary>
public static class WordDocumentWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const double TextWidthMillimetres = 160;

    /// <summary>
    /// The document of <paramref name="markdown"/>; an image <c>figures/x.svg</c> or <c>.png</c> is embedded from
    /// <paramref name="assets"/>' <c>figures/x.png</c> at <paramref name="figureWidthMillimetres"/> (at most the text block's width).
    /// </summary>
    public static byte[] Write(string markdown, IReadOnlyDictionary<string, byte[]> assets, double figureWidthMillimetres)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(assets);
        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Build();
            main.AddNewPart<FooterPart>("rIdFooter").Footer = WordFooter.Build();
            var images = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = 0U;
            Paragraph Figure(LinkInline image)
            {
                var path = Path.ChangeExtension(image.Url ?? string.Empty, ".png");
                if (!assets.TryGetValue(path, out var png))
                {
                    throw new InvalidOperationException($"The document shows '{image.Url}', whose PNG '{path}' the build did not produce.");
                }

                if (!images.TryGetValue(path, out var id))
                {
                    id = "rIdImage" + (images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var part = main.AddImagePart(ImagePartType.Png, id);
                    using (var data = new MemoryStream(png))
                    {
                        part.FeedData(data);
                    }

                    images.Add(path, id);
                }

                count++;
                var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                return WordFigure.Paragraph(id, count, Path.GetFileName(path), alt, Math.Min(figureWidthMillimetres, TextWidthMillimetres), PngResolution.Size(png));
            }

            var body = new Body(new WordBody(Figure).Blocks(ManuscriptMarkdown.Parse(markdown)));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }
}
