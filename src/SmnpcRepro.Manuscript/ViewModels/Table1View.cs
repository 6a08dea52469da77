using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Turns <see cref="Table1Result"/> into the paper's layout: header lines, indented levels, "n (%)".</summary>
public static class Table1View
{
    /// <summary>The paper's title line for Table 1, with the cohort size from the data.</summary>
    public static TableView From(Table1Result table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableRowView>();
        var notes = new List<string>();
        foreach (var block in table.Blocks)
        {
            // The paper prints "Mean (46)" over rows split at 46; the header also names the cut-point the rows split at,
            // so an edit that moves the mean (to 47, say) cannot leave the header and the rows disagreeing unseen.
            var summary = block.Summary is { } s
                ? $"{Capitalise(s.Statistic)} ({Format.Fixed(s.Value, 0)})" + (s.CutPoint is { } cut ? $"; split at {Format.Number(cut)}" : string.Empty)
                : string.Empty;
            rows.Add(new TableRowView(block.Label, [summary], IsHeader: true));
            foreach (var level in block.Levels)
            {
                rows.Add(new TableRowView(level.Label, [Format.CountWithPercent(level.Count, table.Denominator)], IsHeader: false));
            }

            if (block.Missing > 0)
            {
                rows.Add(new TableRowView("Missing", [Format.CountWithPercent(block.Missing, table.Denominator)], IsHeader: false));
                notes.Add($"{block.Label}: {Format.Count(block.Missing)} missing value(s), counted in the Missing row.");
            }
        }

        return new TableView(
            $"Table 1 Demographic and Clinical Characteristics of the Series (n={Format.Count(table.Denominator)})",
            ["Characteristics", "Number of Cases (%)"],
            rows,
            notes);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
