using DocumentFormat.OpenXml.Wordprocessing;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// The page footer: the page number, centred, as a PAGE field (a complex field, so Word and LibreOffice number
/// every page themselves). The cached result is "1", the same in every build, so the bytes stay fixed.
/// </summary>
public static class WordFooter
{
    /// <summary>The footer's content.</summary>
    public static Footer Build() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
}
