using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Turns <see cref="Table1Result"/> into the paper's layout: header lines, indented levels, "n (%)".</summary>
public static class Table1View
{
    /// <summary>The paper's title line for Table 1, with the cohort size from the data.</summary>
    public static TableView From(Table1Result table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return From(table, new NumberList(null));
    }

    /// <summary>Table 1, each number recorded in <paramref name="numbers"/> (as <c>table1.&lt;key&gt;.&lt;level&gt;.count</c>, …) as it is formatted.</summary>
    internal static TableView From(Table1Result table, NumberList numbers)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(numbers);
        var n = table.Denominator;
        var title = numbers.Print("table1.n", "Table 1 title, n", Format.Count(n), n);
        var rows = new List<TableRowView>();
        var notes = new List<string>();
        foreach (var block in table.Blocks)
        {
            var where = $"Table 1, {block.Label}";
            // The paper prints "Mean (46)" over rows split at 46; the header also names the cut-point the rows split at,
            // so an edit that moves the mean (to 47, say) cannot leave the header and the rows disagreeing unseen.
            var summary = block.Summary is { } s
                ? $"{Capitalise(s.Statistic)} ({numbers.Print($"table1.{block.Key}.summary", $"{where}, {s.Statistic}", Format.Fixed(s.Value, 0), s.Value)})"
                    + (s.CutPoint is { } cut ? $"; split at {Format.Number(cut)}" : string.Empty)
                : string.Empty;
            rows.Add(new TableRowView(block.Label, [summary], IsHeader: true));
            foreach (var level in block.Levels)
            {
                rows.Add(new TableRowView(level.Label, [Cell(numbers, $"table1.{block.Key}.{level.Key}", $"{where}, {level.Label}", level.Count, n)], IsHeader: false));
            }

            if (block.Missing > 0)
            {
                rows.Add(new TableRowView("Missing", [Cell(numbers, $"table1.{block.Key}.missing", $"{where}, Missing", block.Missing, n)], IsHeader: false));
                notes.Add($"{block.Label}: {Format.Count(block.Missing)} missing value(s), counted in the Missing row.");
            }
        }

        return new TableView(
            $"Table 1 Demographic and Clinical Characteristics of the Series (n={title})",
            ["Characteristics", "Number of Cases (%)"],
            rows,
            notes);
    }

    /// <summary>"n (%)" as <see cref="Format.CountWithPercent"/> prints it, both numbers recorded.</summary>
    private static string Cell(NumberList numbers, string id, string where, int count, int n)
    {
        var (c, percent) = numbers.CountAndPercent(id, where, count, n);
        return $"{c} ({percent})";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
