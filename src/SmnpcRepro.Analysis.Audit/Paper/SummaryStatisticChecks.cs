using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// Means and medians in the text: group means printed with their n (<c>values.*.n</c>) against GRIM;
/// medians of the cohort (<c>statistic_as_printed: median</c>) against the median granularity of n whole
/// numbers and against the Table 1 counts on either side of that block's cut-point.
/// </summary>
internal static class SummaryStatisticChecks
{
    /// <summary>
    /// Which medians are of whole numbers, by Table 1 block: ages are whole years (the paper's own
    /// cut-points ≤46/&gt;46 and range 30–70 are whole); anything else (MIT, an interval between two
    /// dates in months) may be fractional.
    /// </summary>
    private static WholeNumberPremise MedianPremise(string block) => block == "age" ? WholeNumberPremise.Conventional : WholeNumberPremise.Possible;

    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        var n = paper.Patients;
        foreach (var entry in paper.TextEntries().Where(e => !paper.IsLiterature(e)))
        {
            if (paper.Paper.Has($"{entry}.values"))
            {
                foreach (var group in paper.Paper.Keys($"{entry}.values").Where(g => paper.Paper.Has($"{entry}.values.{g}.n")))
                {
                    // Blood loss in mL and operation time in minutes are recorded as whole numbers.
                    var path = $"{entry}.values.{group}";
                    var unit = paper.Paper.TryText($"{entry}.unit") ?? string.Empty;
                    yield return GrimRule.Mean($"{PaperReader.Name(entry)} ({unit}), {group.Replace('_', ' ')}", [paper.Location(path)],
                        paper.Number(path), paper.Count($"{path}.n"), WholeNumberPremise.Conventional);
                }
            }

            if (paper.Paper.TryText($"{entry}.statistic_as_printed") != "median")
            {
                continue;
            }

            var block = PaperReader.Leaf(entry).Split('_')[0];
            var median = paper.Number($"{entry}.value");
            var subject = $"Text: \"{paper.Paper.Text($"{entry}.printed")}\"";
            yield return GrimRule.Median(subject, [paper.Location(entry)], median, n, MedianPremise(block));
            var levels = $"table1.characteristics.{block}.levels";
            if (!paper.Paper.Has(levels))
            {
                continue;
            }

            foreach (var level in paper.Paper.Keys(levels).Select(l => $"{levels}.{l}"))
            {
                if (CutPointLabel.TryParse(paper.Paper.Text($"{level}.label")) is { Lower: true } cut)
                {
                    yield return MedianVersusCountRule.Check(subject, [paper.Location(entry), paper.Location(level)], median, n,
                        new LowerSideCount(cut.Cut, cut.IncludesCut, paper.Count($"{level}.count")), MedianPremise(block));
                }
            }
        }
    }
}
