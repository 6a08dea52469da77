using System.Text.RegularExpressions;
using SmnpcRepro.Analysis.Audit.Rules;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// What the text claims about the results: significance in words (found by <see cref="SignificanceWording"/>
/// in every non-literature sentence) against the paper's threshold, and the directions of effects against
/// Table 2's hazard ratios and the printed medians.
/// </summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Sentences that say which level of a Table 2 factor survives longer: (row, column whose HR the
    /// sentence cites, sentence, index of the better level in the row's comparison).
    /// </summary>
    private static readonly IReadOnlyList<(string Row, string Column, string Sentence, int BetterLevel)> Directions =
    [
        ("kps_preop", "univariate", "text.discussion.disc_kps_medians", 1), // "KPS ≥80 tended to have a longer survival than ... KPS < 80"
        ("ki67", "univariate", "text.discussion.disc_ki67", 0), // "Ki67 <30% had a better prognosis than ... Ki67 ≥30%"
        ("surgical_option", "multivariate", "text.discussion.disc_tes", 0), // "TES resulted in better OS than ... piecemeal and subtotal"
    ];

    /// <summary>Sentences that give the medians behind a stated direction: (what, sentence, better group's (label, median), other groups').</summary>
    private static readonly IReadOnlyList<(string Subject, string Sentence, (string Label, string Path) Better, IReadOnlyList<(string Label, string Path)> Others)> MedianOrders =
    [
        ("KPS ≥80 survives longer than KPS <80", "text.discussion.disc_kps_medians", ("KPS ≥80", "text.discussion.disc_kps_medians.kps_ge80_median"),
            [("KPS <80", "text.discussion.disc_kps_medians.kps_lt80_median")]),
        ("En bloc (TES) survives longer than piecemeal and debulking", "text.results_survival.group_median_os", ("en bloc", "text.results_survival.group_median_os.values.en_bloc"),
            [("piecemeal", "text.results_survival.group_median_os.values.piecemeal"), ("debulking", "text.results_survival.group_median_os.values.debulking")]),
    ];

    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        var threshold = paper.NumberInPhrase("meta.p_significance");
        foreach (var entry in paper.TextEntries().Where(e => !paper.IsLiterature(e)))
        {
            var sentence = paper.Paper.Text($"{entry}.printed");
            if (SignificanceWording.Classify(sentence) is not { } claim)
            {
                continue;
            }

            foreach (var (subject, where, p) in ClaimedPValues(paper, entry, sentence))
            {
                yield return SignificanceClaimRule.Check(subject, where, p, claim, ClaimStrength.Stated, threshold);
            }
        }

        var claims = Directions.Where(d => paper.Paper.Has($"table2.rows.{d.Row}.{d.Column}") && paper.Paper.Has(d.Sentence))
            .Select(d => new DirectionClaim(
                paper.RowName(d.Row),
                [paper.Location($"table2.rows.{d.Row}.{d.Column}"), paper.Location(d.Sentence)],
                paper.Estimate($"table2.rows.{d.Row}.{d.Column}").HazardRatio,
                Levels(paper.Paper.Text($"table2.rows.{d.Row}.comparison")),
                d.BetterLevel))
            .ToList();

        // Two-level rows and ordinal (per-step) rows are coded differently, so each coding gets its own reading.
        foreach (var coding in claims.GroupBy(c => c.Levels.Count == 2))
        {
            foreach (var finding in EffectDirectionRule.Check(coding.ToList()))
            {
                yield return finding;
            }
        }

        foreach (var (subject, sentence, better, others) in MedianOrders.Where(m => paper.Paper.Has(m.Better.Path) && m.Others.All(o => paper.Paper.Has(o.Path))))
        {
            yield return MedianSurvivalOrderRule.Check(subject, [paper.Location(sentence)],
                new GroupMedian(better.Label, paper.Number(better.Path)),
                others.Select(o => new GroupMedian(o.Label, paper.Number(o.Path))).ToList());
        }
    }

    /// <summary>
    /// The p-values a sentence's claim is about: its <c>values</c> (keyed by Table 2 row) if it has them;
    /// else a p printed in the sentence (<c>p&gt;0.1</c>); else the univariate p of every Table 2 row whose
    /// label's first word the sentence names ("Hb, ALB, LDH, and ALP").
    /// </summary>
    private static IEnumerable<(string Subject, PrintedLocation[] Where, PrintedNumber P)> ClaimedPValues(PaperReader paper, string entry, string sentence)
    {
        if (paper.Paper.Has($"{entry}.values"))
        {
            foreach (var key in paper.Paper.Keys($"{entry}.values"))
            {
                var name = paper.Paper.Has($"table2.rows.{key}") ? paper.RowName(key) : key;
                yield return ($"{name}, {paper.Location(entry).Source}", [paper.Location($"{entry}.values.{key}")], paper.Number($"{entry}.values.{key}"));
            }

            yield break;
        }

        var inline = PInSentence().Match(sentence);
        if (inline.Success)
        {
            yield return ($"\"{sentence}\"", [paper.Location(entry)], PrintedNumber.FindIn(inline.Value)!);
            yield break;
        }

        foreach (var row in paper.Paper.Keys("table2.rows"))
        {
            var word = paper.Paper.Text($"table2.rows.{row}.label").Split(' ')[0];
            if (Regex.IsMatch(sentence, $@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant) && paper.Estimate($"table2.rows.{row}.univariate").P is { } p)
            {
                yield return ($"{paper.RowName(row)}, {paper.Location(entry).Source}", [paper.Location(entry), paper.Location($"table2.rows.{row}.univariate")], p);
            }
        }
    }

    /// <summary>The levels a comparison lists, in order: <c>&lt;80 vs ≥80</c>, <c>E vs P vs D/S</c>, <c>A,B,C/D,E</c>.</summary>
    internal static IReadOnlyList<string> Levels(string comparison) =>
        comparison.Contains(" vs ", StringComparison.Ordinal)
            ? comparison.Split(" vs ", StringSplitOptions.TrimEntries)
            : comparison.Split('/', StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\bp\s*(?:<=|>=|≤|≥|<|>|=)\s*\d+(?:\.\d+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PInSentence();
}
