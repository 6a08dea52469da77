using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// Counts in the text: every entry printed with a count and a percentage (<c>count</c>/<c>percent</c>, or
/// <c>count_each</c>/<c>percent_each</c>) against the cohort; parts that the text and the flow diagram say
/// make up a whole; and every count the text puts on one side of a cut-point (<c>cutoff</c>) against the
/// Table 1 block of the same name (the entry key's first word: <c>ldh_gt245</c> → <c>ldh</c>).
/// </summary>
internal static class TextCountChecks
{
    /// <summary>Wholes and the parts the paper says make them up: (what, whole, parts). The text states these relations in words.</summary>
    private static readonly IReadOnlyList<(string Subject, string Whole, IReadOnlyList<string> Parts)> Sums =
    [
        ("Patients recorded = excluded + included", "text.results_patients.recorded_total.value",
            ["text.results_patients.excl_refused_discontinued.value", "text.results_patients.excl_lost_follow_up.value", "text.results_patients.excl_adjuvant_only.value", "text.results_patients.included.value"]),
        ("Operated = operated directly + after failed adjuvant therapy", "text.results_surgery.all_surgical.value",
            ["text.results_surgery.surgery_direct.value", "text.results_surgery.surgery_after_adjuvant_failure.value"]),
        ("Operated for progression = before + after completing adjuvant therapy", "text.discussion.disc_progression_surgery.total",
            ["text.discussion.disc_progression_surgery.before_completion", "text.discussion.disc_progression_surgery.after_completion"]),
        ("Recurrence or progression = recurrences + progressions", "text.results_survival.recurrence_progression_total.value",
            ["text.results_survival.recurrence_piecemeal.value", "text.results_survival.progression_debulking.value"]),
        ("Any visceral metastasis (text) = single + multiple (Table 1)", "text.results_patients.visceral_any.count",
            ["table1.characteristics.visceral_mets.levels.single.count", "table1.characteristics.visceral_mets.levels.multiple.count"]),
        ("Refused or discontinued (text) = refused + gave up (Figure 1)", "text.results_patients.excl_refused_discontinued.value",
            ["text.figure1_flow.fd_refused.value", "text.figure1_flow.fd_gave_up.value"]),
        ("Operated after failed adjuvant therapy (text) = during + after it (Figure 1)", "text.results_surgery.surgery_after_adjuvant_failure.value",
            ["text.figure1_flow.fd_surgery_during.value", "text.figure1_flow.fd_surgery_after.value"]),
        ("Operated (text) = the three surgery boxes of Figure 1", "text.results_patients.included.value",
            ["text.figure1_flow.fd_direct_surgery.value", "text.figure1_flow.fd_surgery_during.value", "text.figure1_flow.fd_surgery_after.value"]),
        ("Figure 1: diagnosed = refused + treated", "text.figure1_flow.fd_total.value", ["text.figure1_flow.fd_refused.value", "text.figure1_flow.fd_after_refused.value"]),
        ("Figure 1: treated = lost after PKP + treated", "text.figure1_flow.fd_after_refused.value", ["text.figure1_flow.fd_pkp_lost.value", "text.figure1_flow.fd_after_pkp.value"]),
        ("Figure 1: finished adjuvant therapy = recurred + stable", "text.figure1_flow.fd_finished.value", ["text.figure1_flow.fd_recurred_stable.recurred", "text.figure1_flow.fd_recurred_stable.stable"]),
    ];

    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        var n = paper.Patients;
        foreach (var entry in paper.TextEntries().Where(e => !paper.IsLiterature(e)))
        {
            foreach (var (count, percent) in new[] { ("count", "percent"), ("count_each", "percent_each") })
            {
                if (paper.Paper.Has($"{entry}.{count}") && paper.Paper.Has($"{entry}.{percent}"))
                {
                    yield return PercentOfTotalRule.Check($"Text: {paper.Paper.Text($"{entry}.printed")}", [paper.Location(entry)],
                        paper.Count($"{entry}.{count}"), paper.Number($"{entry}.{percent}"), n);
                }
            }

            if (CutPointSide(paper, entry) is { } side)
            {
                yield return side;
            }
        }

        foreach (var (subject, whole, parts) in Sums.Where(s => paper.Paper.Has(s.Whole) && s.Parts.All(paper.Paper.Has)))
        {
            yield return BlockSumRule.Counts(subject, [paper.Location(whole), .. parts.Select(paper.Location)],
                parts.Select(p => new CountPart(PaperReader.Name(p), paper.Count(p))).ToList(),
                paper.Count(whole));
        }
    }

    private static AuditFinding? CutPointSide(PaperReader paper, string entry)
    {
        if (!paper.Paper.Has($"{entry}.cutoff") || !paper.Paper.Has($"{entry}.count"))
        {
            return null;
        }

        var block = $"table1.characteristics.{PaperReader.Leaf(entry).Split('_')[0]}";
        var printed = paper.Paper.Text($"{entry}.printed");
        var relation = paper.Paper.TryText($"{entry}.direction") ?? CutPointSideRule.RelationInWords(printed);
        if (!paper.Paper.Has(block) || relation is null)
        {
            return null;
        }

        var levels = paper.Paper.Keys($"{block}.levels")
            .Select(l => $"{block}.levels.{l}")
            .Select(l => new CutPointLevel(paper.Location(l), paper.Paper.Text($"{l}.label"), paper.Count($"{l}.count")))
            .ToList();
        return CutPointSideRule.Check($"{paper.Paper.Text($"{block}.label")}: \"{printed}\"", [paper.Location(entry)], relation,
            paper.Number($"{entry}.cutoff").Value, paper.Count($"{entry}.count"), levels);
    }
}
