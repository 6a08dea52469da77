using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using SmnpcRepro.Manuscript.Html;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace SmnpcRepro.Manuscript.Docx;

/// <summary>
/// A Markdown pipe table as a real Word table in the journals' three-rule style (a rule above and below the
/// header, one under the last row): header repeated on each page, block rows bold, levels indented, numeric
/// columns right-aligned, column widths from the content and no wider than the text block.
/// </summary>
internal static class WordTables
{
    /// <summary>The text block's width: A4 less 2.5 cm margins, in twentieths of a point.</summary>
    public const int TextWidth = 9070;

    private const int TwipsPerCharacter = 96;
    private const int CellPadding = 200;

    public static Table Convert(MdTable source)
    {
        var rows = source.OfType<MdTableRow>().ToArray();
        var columns = source.ColumnDefinitions.Count;
        var widths = Widths(rows, columns);
        var rule = new TopBorder { Val = BorderValues.Single, Size = 8, Color = "000000" };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(rule, new BottomBorder { Val = BorderValues.Single, Size = 8, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa }, new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (row.IsHeader)
            {
                tr.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            }
            else
            {
                tr.Append(new TableRowProperties(new CantSplit()));
            }

            for (var c = 0; c < columns; c++)
            {
                var cell = c < row.Count ? (MdTableCell)row[c] : null;
                tr.Append(Cell(cell, widths[c], source.ColumnDefinitions[c].Alignment == Markdig.Extensions.Tables.TableColumnAlign.Right, row.IsHeader));
            }

            table.Append(tr);
        }

        return table;
    }

    private static TableCell Cell(MdTableCell? source, int width, bool right, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (header)
        {
            properties.Append(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }));
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
        }

        var indent = 0;
        var inline = source?.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline;
        var runs = WordInlines.Runs(inline, ref indent);
        if (header)
        {
            foreach (var run in runs)
            {
                run.RunProperties ??= new RunProperties();
                run.RunProperties.PrependChild(new Bold());
            }
        }

        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText });
        if (indent > 0)
        {
            paragraphProperties.Append(new Indentation { Left = (indent * 200).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (right)
        {
            paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        }

        var paragraph = new Paragraph(paragraphProperties);
        paragraph.Append(runs);
        return new TableCell(properties, paragraph);
    }

    /// <summary>
    /// Each column as wide as its longest body cell or header word (text wraps at 40 characters). When the table is wider than the
    /// text block, the first column (the labels, which may wrap) gives up room first, down to 12 characters; only
    /// then are all columns scaled, so numbers and P values never break across lines.
    /// </summary>
    private static int[] Widths(MdTableRow[] rows, int columns)
    {
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            // Body cells keep their line; a header wraps between its words.
            var body = rows.Where(r => !r.IsHeader).Select(r => c < r.Count ? NumericColumns.Text((MdTableCell)r[c]).Length : 0);
            var header = rows.Where(r => r.IsHeader).SelectMany(r => c < r.Count ? NumericColumns.Text((MdTableCell)r[c]).Split(' ') : []).Select(w => w.Length);
            var longest = body.Concat(header).DefaultIfEmpty(0).Max();
            widths[c] = (Math.Clamp(longest, 4, 40) * TwipsPerCharacter) + CellPadding;
        }

        var excess = widths.Sum() - TextWidth;
        if (excess > 0 && columns > 1)
        {
            widths[0] = Math.Max((12 * TwipsPerCharacter) + CellPadding, widths[0] - excess);
        }

        var total = widths.Sum();
        if (total > TextWidth)
        {
            for (var c = 0; c < columns; c++)
            {
                widths[c] = (int)Math.Floor(widths[c] * (double)TextWidth / total);
            }
        }

        return widths;
    }
}
