using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// The generated Markdown's blocks as Word paragraphs and tables: the first heading as the title, headings,
/// body text, the data banner (a block quote), lists, tables, figures (through <paramref name="figure"/>, which
/// embeds the image and returns its paragraph) and their captions.
/// </summary>
internal sealed class WordBody(Func<LinkInline, Paragraph> figure)
{
    private bool _titled;

    public IEnumerable<OpenXmlElement> Blocks(IEnumerable<Block> blocks, string? style = null)
    {
        Block? previous = null;
        foreach (var block in blocks)
        {
            foreach (var element in Block(block, style, afterTable: previous is MdTable))
            {
                yield return element;
            }

            previous = block;
        }
    }

    private IEnumerable<OpenXmlElement> Block(Block block, string? style, bool afterTable)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var id = heading.Level == 1 && !_titled ? WordStyles.Title : WordStyles.Heading(heading.Level - 1);
                _titled = true;
                return [Paragraph(heading.Inline, id)];
            case ParagraphBlock paragraph when Image(paragraph) is { } image:
                return [figure(image)];
            case ParagraphBlock paragraph:
                return [Paragraph(paragraph.Inline, style ?? StyleOf(paragraph.Inline, afterTable))];
            case QuoteBlock quote:
                return Blocks(quote, WordStyles.Banner).ToArray();
            case MdTable table:
                return [WordTables.Convert(table)];
            case ListBlock list:
                return List(list);
            case FencedCodeBlock or CodeBlock:
                return ((LeafBlock)block).Lines.Lines.Take(((LeafBlock)block).Lines.Count)
                    .Select(line => Plain(line.ToString(), WordStyles.Code)).ToArray();
            case HtmlBlock html:
                return [Plain(System.Text.RegularExpressions.Regex.Replace(html.Lines.ToString(), "<[^>]+>", string.Empty).Trim(), style ?? WordStyles.Normal)];
            case ThematicBreakBlock:
                return [new Paragraph(new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" })))];
            case ContainerBlock container:
                return Blocks(container, style).ToArray();
            default:
                return [];
        }
    }

    private List<OpenXmlElement> List(ListBlock list)
    {
        var items = new List<OpenXmlElement>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? number++.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "•";
            var first = true;
            foreach (var element in Blocks(item))
            {
                if (first && element is Paragraph p)
                {
                    p.ParagraphProperties ??= new ParagraphProperties();
                    p.ParagraphProperties.Append(new Indentation { Left = "360", Hanging = "360" });
                    p.InsertAfter(new Run(new Text(marker), new TabChar()), p.ParagraphProperties);
                    first = false;
                }

                items.Add(element);
            }
        }

        return items;
    }

    /// <summary>
    /// A caption ("**Figure 3** …", or a paragraph that is all bold, as a table's title is), table notes
    /// (<c>&lt;small&gt;</c> lines, or any other paragraph right under a table) or body text, by how the paragraph starts.
    /// </summary>
    private static string StyleOf(ContainerInline? inline, bool afterTable)
    {
        var first = inline?.FirstChild;
        if (first is EmphasisInline { DelimiterCount: 2 } strong)
        {
            var text = string.Concat(strong.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (strong.NextSibling is null || text.StartsWith("Figure ", StringComparison.Ordinal) || text.StartsWith("Supplementary Figure", StringComparison.Ordinal))
            {
                return WordStyles.Caption;
            }
        }

        return first is HtmlInline { Tag: "<small>" } || afterTable ? WordStyles.TableNote : WordStyles.Normal;
    }

    private static LinkInline? Image(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()).ToArray() ?? [];
        return inlines is [LinkInline { IsImage: true } image] ? image : null;
    }

    private static Paragraph Paragraph(ContainerInline? inline, string style)
    {
        var indent = 0;
        var runs = WordInlines.Runs(inline, ref indent);
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (style == WordStyles.Caption && runs.Count > 0 && inline?.FirstChild is EmphasisInline { NextSibling: null })
        {
            properties.Append(new KeepNext());
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private static Paragraph Plain(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
