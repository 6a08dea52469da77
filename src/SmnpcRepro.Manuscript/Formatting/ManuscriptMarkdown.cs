using Markdig;
using Markdig.Syntax;
using SmnpcRepro.Manuscript.Html;

namespace SmnpcRepro.Manuscript.Formatting;

/// <summary>How the generated Markdown is read for the HTML page and the Word document alike: pipe tables, emphasis extras, heading ids, numeric columns right-aligned.</summary>
public static class ManuscriptMarkdown
{
    /// <summary>The Markdig pipeline (immutable once built).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers()
        .Build();

    /// <summary>The parsed document, numeric table columns right-aligned.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        NumericColumns.Align(document);
        return document;
    }
}
