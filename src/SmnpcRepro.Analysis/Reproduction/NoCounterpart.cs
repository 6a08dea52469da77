namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// Why a published number has no recomputed counterpart: another study's number, a setting of the
/// analysis rather than a result, or something the cohort data do not record. Declared by path prefix
/// (the first that matches decides), after two rules read from the YAML: a <c>source</c> that names the
/// literature, and the Introduction and Figure 1's patient flow as whole sections.
/// </summary>
public static class NoCounterpart
{
    /// <summary>The reason when nothing else applies: a gap in the map, which a test keeps empty for the real transcription.</summary>
    public const string Undeclared = "No counterpart declared (ReproductionMap).";

    private const string NotRecorded = "not recorded in the cohort data (no such field in cohort.dictionary.csv)";

    private static readonly IReadOnlyList<(string Prefix, string Reason)> Declared =
    [
        ("meta.p_entry_multivariate", "A threshold of the analysis, not a result; the rebuild uses the paper's."),
        ("meta.p_significance", "A threshold of the analysis, not a result; the rebuild uses the paper's."),
        ("text.abstract.abs_p_", "A threshold of the analysis, not a result; the rebuild uses the paper's."),
        ("meta.surgical_indications", "An indication for surgery, a criterion of the study; " + NotRecorded + "."),
        ("meta.follow_up_schedule", "The follow-up schedule is the study's design; " + NotRecorded + "."),
        ("text.abstract.abs_period", "The study period: dates of treatment are " + NotRecorded + "."),
        ("text.results_patients.recorded_total", "Patients before inclusion are not in the cohort, which holds the operated patients only."),
        ("text.results_patients.excl_", "Patients before inclusion are not in the cohort, which holds the operated patients only."),
        ("text.results_surgery.surgery_", "The indication for surgery (directly or after adjuvant therapy) is " + NotRecorded + "."),
        ("text.results_surgery.local_radiotherapy_all", "Adjuvant treatment is " + NotRecorded + "."),
        ("text.results_surgery.no_chemo", "Adjuvant treatment is " + NotRecorded + "."),
        ("text.results_survival.recurrence_", "Local recurrence and progression are " + NotRecorded + "."),
        ("text.results_survival.progression_", "Local recurrence and progression are " + NotRecorded + "."),
        ("text.results_survival.secondary_cord_compression", "Local recurrence and progression are " + NotRecorded + "."),
        ("text.results_survival.complication_", "Complications are " + NotRecorded + "."),
        ("text.discussion.disc_one_stage", "The operative course is " + NotRecorded + "."),
        ("text.discussion.disc_fixation_failure", "The operative course is " + NotRecorded + "."),
        ("text.discussion.disc_progression_surgery", "When surgery came relative to adjuvant therapy is " + NotRecorded + "."),
        ("text.discussion.disc_age_groups", "A cut-point the analysis uses, not a result."),
        ("text.discussion.disc_sex_ratio.value.1", "The ratio's second term; the ratio is compared as male patients per female patient."),
    ];

    /// <summary>Why <paramref name="number"/> has no counterpart.</summary>
    public static string Reason(PublishedNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Source.Contains("literature", StringComparison.OrdinalIgnoreCase) || number.Path.Contains(".literature_", StringComparison.Ordinal))
        {
            return "Another study's number, cited by the paper.";
        }

        switch (number.Section)
        {
            case PaperSection.Introduction:
                return "The Introduction's background, from the literature.";
            case PaperSection.Figure1:
                return "Figure 1's patient flow before inclusion; the cohort holds the operated patients only.";
        }

        var leaf = number.Path[(number.Path.LastIndexOf('.') + 1)..];
        if (leaf is "cutoff" or "cutoffs" || number.Path.Contains(".cutoffs.", StringComparison.Ordinal))
        {
            return "A cut-point the analysis uses, not a result.";
        }

        return Declared.FirstOrDefault(d => number.Path.StartsWith(d.Prefix, StringComparison.Ordinal)).Reason ?? Undeclared;
    }
}
