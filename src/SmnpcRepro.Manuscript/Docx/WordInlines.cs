using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// Markdown inlines as Word runs: emphasis as bold and italic, code in a monospace font, and the few HTML
/// inlines the templates use (<c>&lt;small&gt;</c>, <c>&lt;br&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>) as
/// what they mean, never as literal tags. A leading <c>&amp;emsp;</c> (a level under a block row) becomes the
/// paragraph's indentation.
/// </summary>
internal static class WordInlines
{
    /// <summary>How a run looks.</summary>
    public readonly record struct Look(bool Bold, bool Italic, bool Code, bool Small, bool Superscript, bool Subscript);

    /// <summary>The runs of <paramref name="inline"/>'s siblings from it on; counts leading em spaces into <paramref name="indent"/>.</summary>
    public static List<Run> Runs(ContainerInline? container, ref int indent)
    {
        var runs = new List<Run>();
        var look = default(Look);
        var leading = true;
        Walk(container, runs, ref look, ref indent, ref leading);
        return runs;
    }

    private static void Walk(ContainerInline? container, List<Run> runs, ref Look look, ref int indent, ref bool leading)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(runs, literal.Content.ToString(), look, ref leading);
                    break;
                case HtmlEntityInline entity when leading && entity.Transcoded.ToString() == "\u2003":
                    indent++;
                    break;
                case HtmlEntityInline entity:
                    Add(runs, entity.Transcoded.ToString(), look, ref leading);
                    break;
                case CodeInline code:
                    Add(runs, code.Content, look with { Code = true }, ref leading);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        runs.Add(new Run(new Break()));
                    }
                    else if (runs.Count == 0 || runs[^1].GetFirstChild<Break>() is null)
                    {
                        // A soft line break is a space, except right after a <br>, where it would indent the new line.
                        Add(runs, " ", look, ref leading);
                    }

                    break;
                case HtmlInline html:
                    look = Tag(html.Tag, look, runs);
                    break;
                case AutolinkInline link:
                    Add(runs, link.Url, look, ref leading);
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? look with { Bold = true } : look with { Italic = true };
                    Walk(emphasis, runs, ref inner, ref indent, ref leading);
                    break;
                case LinkInline link when !link.IsImage:
                    Walk(link, runs, ref look, ref indent, ref leading);
                    break;
                case ContainerInline other:
                    Walk(other, runs, ref look, ref indent, ref leading);
                    break;
                default:
                    break;
            }
        }
    }

    private static Look Tag(string tag, Look look, List<Run> runs)
    {
        var name = tag.Trim('<', '>', '/', ' ').Split(' ')[0].ToLowerInvariant();
        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        switch (name)
        {
            case "br":
                runs.Add(new Run(new Break()));
                return look;
            case "small":
                return look with { Small = !closing };
            case "sup":
                return look with { Superscript = !closing };
            case "sub":
                return look with { Subscript = !closing };
            case "b" or "strong":
                return look with { Bold = !closing };
            case "i" or "em":
                return look with { Italic = !closing };
            default:
                return look;
        }
    }

    private static void Add(List<Run> runs, string text, Look look, ref bool leading)
    {
        if (text.Length == 0)
        {
            return;
        }

        leading = false;
        var properties = new RunProperties();
        if (look.Code)
        {
            properties.Append(new RunFonts { Ascii = "Liberation Mono", HighAnsi = "Liberation Mono" });
        }

        if (look.Bold)
        {
            properties.Append(new Bold());
        }

        if (look.Italic)
        {
            properties.Append(new Italic());
        }

        if (look.Small || look.Code)
        {
            // Small print at 8 pt; code at 9.5 pt, which matches the serif text's x-height.
            properties.Append(new FontSize { Val = look.Small ? "16" : "19" });
        }

        if (look.Superscript || look.Subscript)
        {
            properties.Append(new VerticalTextAlignment { Val = look.Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript });
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        runs.Add(run);
    }
}
