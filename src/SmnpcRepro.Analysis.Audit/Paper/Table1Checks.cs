using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// Table 1, block by block (<c>table1.characteristics.*</c>): each level's count against its percentage of
/// the cohort, each block's counts against the cohort and its percentages against 100, and a block
/// summary (<c>Mean (46)</c>) against GRIM.
/// </summary>
internal static class Table1Checks
{
    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        var n = paper.Patients;
        foreach (var block in paper.Paper.Keys("table1.characteristics"))
        {
            var path = $"table1.characteristics.{block}";
            var label = paper.Paper.Text($"{path}.label");
            var levels = paper.Paper.Keys($"{path}.levels").Select(l => $"{path}.levels.{l}").ToList();
            var where = new[] { paper.Location(path) };
            var counts = new List<CountPart>();
            var percents = new List<PercentPart>();
            foreach (var level in levels)
            {
                var levelLabel = paper.Paper.Text($"{level}.label");
                var count = paper.Count($"{level}.count");
                var percent = paper.Number($"{level}.percent");
                counts.Add(new CountPart(levelLabel, count));
                percents.Add(new PercentPart(levelLabel, percent));
                yield return PercentOfTotalRule.Check($"Table 1, {label}: {levelLabel}", [paper.Location(level)], count, percent, n);
            }

            yield return BlockSumRule.Counts($"Table 1, {label}: counts", where, counts, n);
            yield return BlockSumRule.Percents($"Table 1, {label}: percentages", where, percents);
            if (paper.Paper.TryText($"{path}.summary.statistic") == "mean")
            {
                // A summary printed without a unit of precision is checked at the precision printed; whole-year ages.
                yield return GrimRule.Mean($"Table 1, {label}: {paper.Paper.Text($"{path}.summary.printed")}", [paper.Location($"{path}.summary")],
                    paper.NumberInPhrase($"{path}.summary"), n, WholeNumberPremise.Conventional);
            }
        }
    }
}
