using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>Table 1's numbers as <see cref="ViewModels.Table1View"/> prints them: the title's n, the age summary, each level's count and percentage, and any Missing row.</summary>
internal static class Table1Numbers
{
    public static void Collect(NumberList list, Table1Result table)
    {
        var n = table.Denominator;
        list.Add("table1.n", "Table 1 title, n", Format.Count(n), n);
        foreach (var block in table.Blocks)
        {
            var where = $"Table 1, {block.Label}";
            if (block.Summary is { } summary)
            {
                // Table1View prints the summary as "Mean (46)": whole units.
                list.Add($"table1.{block.Key}.summary", $"{where}, {summary.Statistic}", Format.Fixed(summary.Value, 0), summary.Value);
            }

            foreach (var level in block.Levels)
            {
                Cell(list, $"table1.{block.Key}.{level.Key}", $"{where}, {level.Label}", level.Count, n);
            }

            if (block.Missing > 0)
            {
                Cell(list, $"table1.{block.Key}.missing", $"{where}, Missing", block.Missing, n);
            }
        }
    }

    private static void Cell(NumberList list, string id, string where, int count, int n)
    {
        list.Add(id + ".count", where + ", n", Format.Count(count), count);
        list.Add(id + ".percent", where + ", %", Format.Percent(count, n), 100.0 * count / n);
    }
}
