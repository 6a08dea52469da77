using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// The document's styles, declared once: body text, title, three heading levels, figure and table captions,
/// table text, the synthetic-data banner, code, the page footer. Style ids are Word's built-in ones where Word has one, so
/// an author's journal template restyles them.
/// </summary>
public static class WordStyles
{
    /// <summary>Body text style id.</summary>
    public const string Normal = "Normal";

    /// <summary>Title.</summary>
    public const string Title = "Title";

    /// <summary>Figure and table captions.</summary>
    public const string Caption = "Caption";

    /// <summary>Text in table cells.</summary>
    public const string TableText = "TableText";

    /// <summary>Notes under a table.</summary>
    public const string TableNote = "TableNote";

    /// <summary>The banner about the data (a Markdown block quote).</summary>
    public const string Banner = "Banner";

    /// <summary>Code blocks.</summary>
    public const string Code = "Code";

    /// <summary>A centred paragraph holding a figure.</summary>
    public const string Figure = "Figure";

    /// <summary>The page footer (the page number).</summary>
    public const string Footer = "Footer";

    /// <summary>The style id of heading level <paramref name="level"/> (1–3).</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every style.</summary>
    public static Styles Build()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif", EastAsia = "Liberation Serif" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph(Normal, "Normal", null, isDefault: true));
        styles.Append(Paragraph(Title, "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "32" }), spacingAfter: "240"));
        styles.Append(Paragraph(Heading(1), "heading 1", new StyleRunProperties(new Bold(), new FontSize { Val = "28" }), spacingBefore: "360", outline: 0));
        styles.Append(Paragraph(Heading(2), "heading 2", new StyleRunProperties(new Bold(), new FontSize { Val = "24" }), spacingBefore: "240", outline: 1));
        styles.Append(Paragraph(Heading(3), "heading 3", new StyleRunProperties(new Bold(), new Italic(), new FontSize { Val = "22" }), spacingBefore: "200", outline: 2));
        styles.Append(Paragraph(Caption, "caption", new StyleRunProperties(new FontSize { Val = "20" }), spacingAfter: "240"));
        styles.Append(Paragraph(TableText, "Table Text", new StyleRunProperties(Sans(), new FontSize { Val = "16" }), spacingAfter: "0", line: "240"));
        styles.Append(Paragraph(TableNote, "Table Note", new StyleRunProperties(Sans(), new FontSize { Val = "16" }), spacingAfter: "60", line: "240"));
        styles.Append(Paragraph(Banner, "Banner", new StyleRunProperties(new FontSize { Val = "20" }), spacingAfter: "60", shaded: true));
        styles.Append(Paragraph(Code, "Code", new StyleRunProperties(new RunFonts { Ascii = "Liberation Mono", HighAnsi = "Liberation Mono" }, new FontSize { Val = "18" }), spacingAfter: "0"));
        styles.Append(Paragraph(Figure, "Figure", null, spacingBefore: "240", spacingAfter: "60", centred: true, keepNext: true));
        styles.Append(Paragraph(Footer, "footer", new StyleRunProperties(new FontSize { Val = "18" }), spacingAfter: "0", centred: true));
        return styles;
    }

    private static RunFonts Sans() => new() { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans", EastAsia = "Liberation Sans" };

    private static Style Paragraph(string id, string name, StyleRunProperties? run, bool isDefault = false, string? spacingBefore = null, string? spacingAfter = null, string? line = null, int? outline = null, bool shaded = false, bool centred = false, bool keepNext = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = Normal });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext || outline is not null)
        {
            paragraph.Append(new KeepNext());
        }

        if (shaded)
        {
            paragraph.Append(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = "E69F00" }));
            paragraph.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "FFF6E0", Color = "auto" });
        }

        if (spacingBefore is not null || spacingAfter is not null || line is not null)
        {
            // Only the attributes given: a null string would be written as an empty, invalid attribute.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is not null)
            {
                spacing.Before = spacingBefore;
            }

            if (spacingAfter is not null)
            {
                spacing.After = spacingAfter;
            }

            if (line is not null)
            {
                spacing.Line = line;
                spacing.LineRule = LineSpacingRuleValues.Auto;
            }

            paragraph.Append(spacing);
        }

        if (centred)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
