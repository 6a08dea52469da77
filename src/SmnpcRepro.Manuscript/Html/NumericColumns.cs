using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SmnpcRepro.Manuscript.Html;

/// <summary>
/// Right-aligns the numeric columns of every table in a parsed Markdown document (a column where at least three
/// in four of the non-empty body cells start like a number: a digit, a sign, "&lt;", "("), so the HTML and the Word document
/// line the digits up; text columns stay left-aligned. The templates need not say which columns are numbers.
/// </summary>
public static class NumericColumns
{
    /// <summary>Sets the alignment of each numeric column of each table of <paramref name="document"/>.</summary>
    public static void Align(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var table in document.Descendants<Table>())
        {
            var body = table.OfType<TableRow>().Where(r => !r.IsHeader).ToArray();
            for (var c = 1; c < table.ColumnDefinitions.Count; c++)
            {
                var cells = body.Select(r => c < r.Count ? Text((TableCell)r[c]).Trim() : string.Empty).Where(t => t.Length > 0).ToArray();
                if (cells.Length > 0 && cells.Count(LooksNumeric) >= 0.75 * cells.Length)
                {
                    table.ColumnDefinitions[c].Alignment = TableColumnAlign.Right;
                }
            }
        }
    }

    /// <summary>The plain text of a cell.</summary>
    public static string Text(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return string.Concat(cell.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
    }

    private static bool LooksNumeric(string text) =>
        char.IsAsciiDigit(text[0]) || text[0] is '−' or '-' or '<' or '>' or '(' or '.' or '≤' or '≥' or '—' or '–';
}
