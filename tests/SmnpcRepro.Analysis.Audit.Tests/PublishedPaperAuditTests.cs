using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

/// <summary>The audit on the real transcription: the findings a careful reviewer makes, each verified by hand in the comments.</summary>
public sealed class PublishedPaperAuditTests
{
    private static readonly AuditResult Result = PublishedPaperAudit.Run(PublishedPaper.Load(RepositoryPaths.Data("published.yaml")));

    private static AuditFinding Find(string rule, string key) =>
        Assert.Single(Result.Findings, f => f.Rule == rule && f.Where.Any(w => w.Key == key));

    [Fact]
    public void The_certain_errors_are_exactly_these()
    {
        var certain = Result.Findings.Where(f => f.Class == FindingClass.CertainError)
            .Select(f => $"{f.Rule} {f.Where[0].Key}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
        [
            "cut-point-side text.results_patients.ldh_gt245",
            "hazard-ratio-interval table2.rows.ki67.univariate",
            "hazard-ratio-interval table2.rows.kps_preop.univariate",
            "hazard-ratio-interval table2.rows.surgical_option.multivariate",
            "printed-value-agreement table2.rows.spine_mets_count.univariate",
            "significance-claim text.results_survival.univariate_p_text.values.ki67",
            "significance-claim text.results_survival.univariate_p_text.values.kps_preop",
        ], certain);
        Assert.True(Result.HasCertainErrors);
    }

    [Fact]
    public void Hazard_ratios_off_the_centre_of_their_interval()
    {
        // KPS: √(1.889 × 5.600) = 3.252 ≠ 2.231; with 0.889 for 1.889, √(0.889 × 5.6) = 2.2312 and the Wald p is
        // 2Φ(−ln 2.231/((ln 5.6 − ln 0.889)/3.92)) = 2Φ(−1.709) = 0.0874, as printed: one slipped digit explains both.
        var kps = Find(HazardRatioIntervalRule.CentreId, "table2.rows.kps_preop.univariate");
        Assert.Equal(FindingClass.CertainError, kps.Class);
        Assert.StartsWith("lower bound 1.889 → 0.889", kps.SuggestedEdit, StringComparison.Ordinal);
        Assert.Equal(FindingClass.LikelyError, Find(HazardRatioIntervalRule.WaldPId, "table2.rows.kps_preop.univariate").Class);

        // Ki67: √(1.770 × 9.378) = 4.074 ≠ 2.688; 0.770 restores the centre but then p = 0.121, not 0.0900.
        var ki67 = Find(HazardRatioIntervalRule.CentreId, "table2.rows.ki67.univariate");
        Assert.Equal(FindingClass.CertainError, ki67.Class);
        Assert.Contains("1.770 → 0.770", ki67.SuggestedEdit, StringComparison.Ordinal);
        Assert.Contains("0.121", ki67.SuggestedEdit, StringComparison.Ordinal);

        // Surgical option, multivariate: √(1.136 × 6.421) = 2.701 ≠ 2.31, Wald p 0.058 ≠ 0.029; no one-digit fix.
        var surgery = Find(HazardRatioIntervalRule.CentreId, "table2.rows.surgical_option.multivariate");
        Assert.Equal(FindingClass.CertainError, surgery.Class);
        Assert.StartsWith("No single-digit edit", surgery.SuggestedEdit, StringComparison.Ordinal);

        // Every other row's HR is the geometric mean of its bounds and its p the Wald p (15 of 18 cells).
        Assert.Equal(15, Result.Findings.Count(f => f.Rule == HazardRatioIntervalRule.CentreId && f.Class == FindingClass.Consistent));
        Assert.Equal(15, Result.Findings.Count(f => f.Rule == HazardRatioIntervalRule.WaldPId && f.Class == FindingClass.Consistent));
    }

    [Fact]
    public void P_values_printed_differently_in_several_places()
    {
        // Spine metastasis count: 0.0257 (Results), 0.0367 (Table 2), 0.0376 (Discussion): three values, two tests.
        var spine = Find(PrintedValueAgreementRule.Id, "text.discussion.disc_spine_count_p.value");
        Assert.Equal(FindingClass.CertainError, spine.Class);
        Assert.Contains("swapped", spine.SuggestedEdit, StringComparison.Ordinal);

        // The Results' univariate p's differ from Table 2's, explicable as log-rank (Methods) against Cox Wald.
        foreach (var row in new[] { "kps_preop", "frankel_preop", "visceral_mets", "surgical_option" })
        {
            Assert.Equal(FindingClass.Ambiguity, Find(PrintedValueAgreementRule.Id, $"table2.rows.{row}.univariate").Class);
        }

        // Ki67 is 0.09 / 0.0900 / 0.09 everywhere; the multivariate p's agree between Table 2, Results and Discussion.
        Assert.Equal(FindingClass.Consistent, Find(PrintedValueAgreementRule.Id, "table2.rows.ki67.univariate").Class);
        Assert.Equal(FindingClass.Consistent, Find(PrintedValueAgreementRule.Id, "text.discussion.disc_tes.p").Class);
    }

    [Fact]
    public void Significance_claimed_against_the_papers_own_threshold()
    {
        // "preoperative KPS (p=0.0749) ... Ki67 (p=0.09) ... were statistically significant", with P ≤ 0.05 as the rule.
        Assert.Equal(FindingClass.CertainError, Find(SignificanceClaimRule.Id, "text.results_survival.univariate_p_text.values.kps_preop").Class);
        Assert.Equal(FindingClass.CertainError, Find(SignificanceClaimRule.Id, "text.results_survival.univariate_p_text.values.ki67").Class);
        Assert.Equal(FindingClass.Consistent, Find(SignificanceClaimRule.Id, "text.results_survival.univariate_p_text.values.frankel_preop").Class);
        // Univariate p ≤ 0.05 without the note's star: a marking convention, not a number error.
        Assert.Equal(FindingClass.Ambiguity, Result.Findings.Single(f =>
            f.Rule == SignificanceClaimRule.Id && f.Where.Any(w => w.Key == "table2.rows.visceral_mets.univariate")).Class);
    }

    [Fact]
    public void Counts_directions_and_medians()
    {
        // "LDH ... in 24 (80%) patients was more than 245" but Table 1 has 24 in <245 and 6 in ≥245.
        Assert.Equal(FindingClass.CertainError, Find(CutPointSideRule.Id, "text.results_patients.ldh_gt245").Class);

        // "median age 46.33": 30 whole-year ages have a median k or k + 0.5, and only 14 are ≤46 so it is ≥47.
        Assert.Equal(FindingClass.LikelyError, Find(GrimRule.MedianId, "text.results_patients.age_median").Class);
        Assert.Equal(FindingClass.LikelyError, Find(MedianVersusCountRule.Id, "table1.characteristics.age.levels.le46").Class);
        // MIT (months between two dates) may be fractional: only an ambiguity.
        Assert.Equal(FindingClass.Ambiguity, Find(GrimRule.MedianId, "text.results_patients.mit_median").Class);

        // Frankel: 4.681(1.461, 14.993) p 0.0094 univariate = 4.68(1.461–14.99) p 0.0094 after adjusting for 5 others.
        Assert.Equal(FindingClass.LikelyError, Find(IdenticalAdjustedEstimateRule.Id, "table2.rows.frankel_preop.multivariate").Class);

        // KPS "<80 vs ≥80" and Ki67 "<30% vs ≥30%" both HR > 1, text: ≥80 better but <30% better.
        Assert.Equal(FindingClass.LikelyError, Find(EffectDirectionRule.Id, "text.discussion.disc_ki67").Class);
    }

    [Fact]
    public void What_passes()
    {
        // Blood loss and operation time: 13400/9, 17100/11, 7570/10, 2945/9, 3425/11, 1950/10 round to the prints.
        var grim = Result.Findings.Where(f => f.Rule == GrimRule.MeanId && f.Where[0].Key.StartsWith("text.", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, grim.Count);
        Assert.All(grim, f => Assert.Equal(FindingClass.Consistent, f.Class));

        // Every Table 1 percentage is its count over 30, every block sums to 30 and to 100%.
        Assert.All(Result.Findings.Where(f => f.Rule is PercentOfTotalRule.Id or BlockSumRule.Id), f => Assert.Equal(FindingClass.Consistent, f.Class));

        // The entry rule P ≤ 0.10 selects exactly the six factors the text adjusts for; three of them have no printed estimate.
        var entry = Result.Findings.Where(f => f.Rule == ModelEntryRule.Id).ToList();
        Assert.DoesNotContain(entry, f => f.Class == FindingClass.CertainError);
        var unprinted = Assert.Single(entry, f => f.Class == FindingClass.Ambiguity);
        Assert.Contains("(3 places)", unprinted.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_convention_that_repeats_is_one_finding_listing_every_place()
    {
        // Table 2's univariate column stars none of FS 0.0094, visceral 0.009, count 0.0367, surgical 0.0108
        // (all ≤ 0.05): one marking convention, reported once with its four places.
        var stars = Assert.Single(Result.Findings, f => f.Rule == SignificanceClaimRule.Id && f.Class == FindingClass.Ambiguity);
        Assert.Equal(
            ["table2.rows.frankel_preop.univariate", "table2.rows.visceral_mets.univariate", "table2.rows.spine_mets_count.univariate", "table2.rows.surgical_option.univariate"],
            stars.Where.Select(w => w.Key));
        Assert.Contains("(4 places)", stars.Subject, StringComparison.Ordinal);
        Assert.Contains("p 0.0094", stars.Printed, StringComparison.Ordinal);
        Assert.Contains("p 0.0108", stars.Printed, StringComparison.Ordinal);

        // Table 2's univariate p's against the Results' (Cox Wald against log-rank): one reading for four factors.
        var tests = Assert.Single(Result.Findings, f => f.Rule == PrintedValueAgreementRule.Id && f.Class == FindingClass.Ambiguity);
        Assert.Contains("(4 places)", tests.Subject, StringComparison.Ordinal);
        // Twelve ambiguities before (4 prints read as two tests, 4 stars, 3 unprinted entered factors, the MIT median): four findings.
        Assert.Equal(4, Result.Findings.Count(f => f.Class == FindingClass.Ambiguity));
    }

    [Fact]
    public void Findings_are_sorted_by_class_then_rule()
    {
        var keys = Result.Findings.Select(f => ((int)f.Class, AuditRuleCatalog.Order(f.Rule))).ToList();
        Assert.Equal(keys.Order().ToList(), keys);
        Assert.All(Result.Findings, f => Assert.NotEqual(AuditRuleCatalog.Rules.Count, AuditRuleCatalog.Order(f.Rule)));
    }

    [Fact]
    public void A_print_that_does_not_parse_is_bad_input_naming_its_path()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Data("published.yaml")).Replace("printed: '0.303'", "printed: 'n.s.'", StringComparison.Ordinal);
        var e = Assert.Throws<InvalidDataException>(() => PublishedPaperAudit.Run(PublishedPaper.Parse(yaml, "p.yaml")));
        Assert.StartsWith("p.yaml: error:", e.Message, StringComparison.Ordinal);
    }
}
