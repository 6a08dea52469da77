using SmnpcRepro.Analysis.Audit.Rules;

namespace SmnpcRepro.Analysis.Audit.Paper;

/// <summary>
/// Quantities the paper prints in more than one place. Derived from the structure where it links them
/// (the Results' p-values are keyed by Table 2 row); declared here where only the words link them (a
/// count in a sentence and the Table 1 cell it repeats).
/// </summary>
internal static class AgreementChecks
{
    /// <summary>The tests that can produce a univariate p in this paper: the Methods' log-rank test and Table 2's Cox model.</summary>
    private static readonly IReadOnlyList<string> UnivariateTests = ["log-rank test (Methods)", "Cox Wald test (Table 2)"];

    private const string CoxWald = "Cox Wald test (Table 2)";

    /// <summary>Sentences that repeat a Table 1 cell: (sentence entry, its count field, its percent field or null, the Table 1 level).</summary>
    private static readonly IReadOnlyList<(string Entry, string CountField, string? PercentField, string Level)> TextRepeatsTable1 =
    [
        ("text.results_patients.male", "count", "percent", "gender.levels.male"),
        ("text.results_patients.female", "count", "percent", "gender.levels.female"),
        ("text.results_patients.visceral_none_single", "count_each", "percent_each", "visceral_mets.levels.none"),
        ("text.results_patients.visceral_none_single", "count_each", "percent_each", "visceral_mets.levels.single"),
        ("text.results_patients.visceral_multiple", "count", "percent", "visceral_mets.levels.multiple"),
        ("text.results_patients.spine_single_multiple", "count_each", "percent_each", "spine_mets_number.levels.single"),
        ("text.results_patients.spine_single_multiple", "count_each", "percent_each", "spine_mets_number.levels.multiple"),
        ("text.results_patients.thoracic", "count", "percent", "spine_level.levels.thoracic"),
        ("text.results_patients.kps_ge80", "count", "percent", "kps_preop.levels.ge80"),
        ("text.results_patients.pathology_text", "differentiated", null, "pathology.levels.differentiated"),
        ("text.results_patients.pathology_text", "undifferentiated", null, "pathology.levels.undifferentiated"),
        ("text.discussion.disc_type3", "count", "percent", "pathology.levels.undifferentiated"),
        ("text.results_surgery.n_en_bloc", "count", "percent", "treatment.levels.e_a"),
        ("text.results_surgery.n_piecemeal", "count", "percent", "treatment.levels.p_a"),
        ("text.results_surgery.n_debulking", "count", "percent", "treatment.levels.d_a"),
    ];

    /// <summary>Single numbers printed in several places: (what, paths).</summary>
    private static readonly IReadOnlyList<(string Subject, IReadOnlyList<string> Paths)> Repeated =
    [
        ("Patients in the study", ["meta.n_patients", "text.abstract.abs_n.value", "text.results_patients.included.value", "text.results_surgery.all_surgical.value", "text.discussion.disc_one_stage.value"]),
        ("Median overall survival (months)", ["text.abstract.abs_os.value", "text.results_survival.os_median.value"]),
        ("Median age (years)", ["text.results_patients.age_median.value", "text.discussion.disc_age_median.value"]),
        ("Median MIT (months)", ["text.results_patients.mit_median.value", "text.discussion.disc_mit_median.value"]),
        ("Synchronous metastases", ["text.results_patients.synchronous.count", "text.discussion.disc_sync.synchronous"]),
        ("Asynchronous metastases", ["text.results_patients.asynchronous.count", "text.discussion.disc_sync.asynchronous"]),
        ("Operated directly", ["text.results_surgery.surgery_direct.value", "text.figure1_flow.fd_direct_surgery.value"]),
        ("Significance threshold", ["meta.p_significance.value", "text.abstract.abs_p_sig.value"]),
        ("Entry threshold of the multivariable model", ["meta.p_entry_multivariate.value", "text.abstract.abs_p_entry.value"]),
    ];

    /// <summary>Discussion sentences that repeat a univariate p of a Table 2 row: (row, path of the p).</summary>
    private static readonly IReadOnlyList<(string Row, string Path)> DiscussionUnivariateP =
    [
        ("spine_mets_count", "text.discussion.disc_spine_count_p.value"),
        ("kps_preop", "text.discussion.disc_kps_medians.p"),
        ("ki67", "text.discussion.disc_ki67.p"),
        ("age", "text.discussion.disc_age_sex_p"),
        ("gender", "text.discussion.disc_age_sex_p"),
    ];

    /// <summary>Discussion sentences that repeat a multivariate print of a Table 2 row: (row, path of the p, path of the lower bound, path of the upper bound).</summary>
    private static readonly IReadOnlyList<(string Row, string P, string Lower, string Upper)> DiscussionMultivariate =
    [
        ("surgical_option", "text.discussion.disc_tes.p", "text.discussion.disc_tes.ci_low", "text.discussion.disc_tes.ci_high"),
    ];

    public static IEnumerable<AuditFinding> Run(PaperReader paper)
    {
        foreach (var group in TextRepeatsTable1.Where(t => paper.Paper.Has(t.Entry)).GroupBy(t => t.Level))
        {
            var level = $"table1.characteristics.{group.Key}";
            var label = $"{paper.Paper.Text($"table1.characteristics.{group.Key.Split('.')[0]}.label")}: {paper.Paper.Text($"{level}.label")}";
            var counts = new List<PrintedOccurrence> { new(paper.Location($"{level}.count"), paper.Number($"{level}.count")) };
            counts.AddRange(group.Select(t => new PrintedOccurrence(paper.Location(t.Entry), paper.Number($"{t.Entry}.{t.CountField}"))));
            yield return PrintedValueAgreementRule.Check($"{label}, count", counts);
            var percents = new List<PrintedOccurrence> { new(paper.Location($"{level}.percent"), paper.Number($"{level}.percent")) };
            percents.AddRange(group.Where(t => t.PercentField is not null).Select(t => new PrintedOccurrence(paper.Location(t.Entry), paper.Number($"{t.Entry}.{t.PercentField}"))));
            if (percents.Count > 1)
            {
                yield return PrintedValueAgreementRule.Check($"{label}, percent", percents);
            }
        }

        foreach (var (subject, paths) in Repeated)
        {
            var present = paths.Where(paper.Paper.Has).ToList();
            if (present.Count > 1)
            {
                yield return PrintedValueAgreementRule.Check(subject, present.Select(p => new PrintedOccurrence(paper.Location(p), paper.Number(p))).ToList());
            }
        }

        foreach (var finding in PValues(paper))
        {
            yield return finding;
        }
    }

    /// <summary>Each Table 2 row's p-values against the Results' and the Discussion's prints of them.</summary>
    private static IEnumerable<AuditFinding> PValues(PaperReader paper)
    {
        foreach (var row in paper.Paper.Keys("table2.rows"))
        {
            var table = $"table2.rows.{row}";
            var univariate = new List<PrintedOccurrence>();
            if (paper.Estimate($"{table}.univariate").P is { } p)
            {
                univariate.Add(new PrintedOccurrence(paper.Location($"{table}.univariate"), p, CoxWald));
            }

            var text = $"text.results_survival.univariate_p_text.values.{row}";
            if (paper.Paper.Has(text))
            {
                univariate.Add(new PrintedOccurrence(paper.Location("text.results_survival.univariate_p_text"), paper.Number(text)));
            }

            univariate.AddRange(DiscussionUnivariateP.Where(d => d.Row == row && paper.Paper.Has(d.Path))
                .Select(d => new PrintedOccurrence(paper.Location(d.Path), paper.NumberInPhrase(d.Path))));
            if (univariate.Count > 1)
            {
                yield return PrintedValueAgreementRule.Check($"{paper.RowName(row)}: univariate p", univariate, UnivariateTests);
            }

            if (!paper.Paper.Has($"{table}.multivariate"))
            {
                continue;
            }

            var adjusted = paper.Estimate($"{table}.multivariate");
            var multivariate = new List<PrintedOccurrence>();
            if (adjusted.P is { } ap)
            {
                multivariate.Add(new PrintedOccurrence(paper.Location($"{table}.multivariate"), ap, CoxWald));
            }

            var textMultivariate = $"text.results_survival.multivariate_p_text.values.{row}";
            if (paper.Paper.Has(textMultivariate))
            {
                multivariate.Add(new PrintedOccurrence(paper.Location("text.results_survival.multivariate_p_text"), paper.Number(textMultivariate)));
            }

            var discussion = DiscussionMultivariate.Where(d => d.Row == row && paper.Paper.Has(d.P)).ToList();
            multivariate.AddRange(discussion.Select(d => new PrintedOccurrence(paper.Location(d.P), paper.Number(d.P))));
            if (multivariate.Count > 1)
            {
                yield return PrintedValueAgreementRule.Check($"{paper.RowName(row)}: multivariate p", multivariate, [CoxWald]);
            }

            foreach (var d in discussion)
            {
                yield return PrintedValueAgreementRule.Check($"{paper.RowName(row)}: multivariate interval, lower bound",
                    [new(paper.Location($"{table}.multivariate"), adjusted.Lower), new(paper.Location(d.Lower), paper.Number(d.Lower))]);
                yield return PrintedValueAgreementRule.Check($"{paper.RowName(row)}: multivariate interval, upper bound",
                    [new(paper.Location($"{table}.multivariate"), adjusted.Upper), new(paper.Location(d.Upper), paper.Number(d.Upper))]);
            }
        }
    }
}
