using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SmnpcRepro.Manuscript.Tests.Docx;

/// <summary>A Word document's body as lines a reviewer can read in a diff: each paragraph as "[style] text", each table row as cells between bars, each picture as its alt text.</summary>
internal static class DocxText
{
    public static string[] Lines(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var lines = new List<string>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.Add(Line(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c =>
                        {
                            var p = c.Elements<Paragraph>().First();
                            var indent = p.ParagraphProperties?.Indentation?.Left is { Value: { } left } ? "› " : string.Empty;
                            var align = p.ParagraphProperties?.Justification is null ? string.Empty : " →";
                            return indent + Text(p) + align;
                        });
                        lines.Add("| " + string.Join(" | ", cells) + " |");
                    }

                    break;
                default:
                    break;
            }
        }

        return [.. lines];
    }

    private static string Line(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var picture = paragraph.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault();
        return picture is null ? $"[{style}] {Text(paragraph)}" : $"[{style}] picture {picture.Name}: {picture.Description}";
    }

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t when t.Parent is Run { RunProperties.Bold: not null } => "**" + t.Text + "**",
        Text t => t.Text,
        Break => " ⏎ ",
        TabChar => " ",
        _ => string.Empty,
    })).Replace("****", string.Empty, StringComparison.Ordinal);
}
