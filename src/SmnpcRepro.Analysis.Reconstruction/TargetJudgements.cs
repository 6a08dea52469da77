namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The weights of the loss and the few judgements that change them: where two published numbers cannot
/// both hold, which one the loss favours and why. Keyed by the number's path in published.yaml; the
/// evidence behind each (implied intervals and p's) is computed by <see cref="PublishedConsistency"/> and
/// printed in the report beside it.
/// </summary>
public static class TargetJudgements
{
    /// <summary>Weight of a published number the loss fits.</summary>
    public const double Fitted = 1.0;

    /// <summary>Weight of a number that conflicts with a favoured one but shows no sign of a misprint.</summary>
    public const double Disfavoured = 0.25;

    /// <summary>Weight of a number read as a misprint, or printed again elsewhere (fitted once, there): reported only.</summary>
    public const double NotFitted = 0.0;

    /// <summary>Weight of each selection constraint: the factor enters (or stays out of) the multivariate model.</summary>
    public const double Selection = 20.0;

    /// <summary>Weight of each significance constraint inside the multivariate model.</summary>
    public const double Significance = 5.0;

    /// <summary>
    /// How much more a univariate Table 2 hazard ratio weighs than its interval: the paper's headline
    /// numbers. At 1 the search traded HRs 2–5% off against interval bounds the printed HR and p do not
    /// quite allow (the worst univariate HR 4.6% off); at 10 the same search, seed and budget reach 2.5%.
    /// </summary>
    public const double HazardRatioEmphasis = 10.0;

    /// <summary>How much more a p-value weighs than a bound: a 10% error of a p is a small step on its z scale.</summary>
    public const double PValueEmphasis = 4.0;

    /// <summary>The emphasis on top of a judgement's weight: <see cref="HazardRatioEmphasis"/> for a univariate Table 2 HR, <see cref="PValueEmphasis"/> for a p-value, else 1.</summary>
    public static double Emphasis(TargetSection section, MetricKind kind) =>
        section == TargetSection.Table2Univariate && kind == MetricKind.HazardRatio ? HazardRatioEmphasis
        : kind is MetricKind.WaldP or MetricKind.LogRankP or MetricKind.MultivariateP ? PValueEmphasis
        : 1.0;

    /// <summary>
    /// Weight of the tolerance band (issue 17): a fitted univariate Table 2 hazard ratio should lie within
    /// <see cref="HazardRatioTolerance"/> of the published value and a fitted univariate Table 2 p or log-rank p of
    /// the text within <see cref="PValueTolerance"/>. A number outside its band costs this weight times
    /// ((|log(achieved / published)| − log(1 + <see cref="BandMargin"/> × tolerance)) / <see cref="ReconstructionLoss.Scale"/>)²
    /// on top of its ordinary term, so the search is pushed into the bands first and the ordinary loss works inside
    /// them. The selection and significance thresholds (<see cref="Enforced"/>) carry it too, so no band is bought
    /// with a factor entering the model. The search weighs the bands 0 while hot and 1000 in its banded phase
    /// (<see cref="AnnealingSchedule.Default"/>); this full weight decides the final polish and the best chain.
    /// </summary>
    public const double Band = 10_000.0;

    /// <summary>The band is drawn at this share of the tolerance (0.95% for 1%), so a number at its edge is inside the tolerance.</summary>
    public const double BandMargin = 0.95;

    /// <summary>The band of a fitted univariate Table 2 hazard ratio: 1% of the published value.</summary>
    public const double HazardRatioTolerance = 0.01;

    /// <summary>The band of a fitted univariate Table 2 p and of a fitted log-rank p of the text: 10% of the published value.</summary>
    public const double PValueTolerance = 0.10;

    /// <summary>
    /// The relative tolerance band of a target (0 when it has none): <see cref="HazardRatioTolerance"/> for a
    /// fitted univariate Table 2 hazard ratio, <see cref="PValueTolerance"/> for a fitted univariate Table 2 p or
    /// log-rank p of the text. Targets reported only (weight 0) and one-sided ones have no band.
    /// </summary>
    public static double Tolerance(TargetSection section, MetricKind kind, TargetRelation relation, double weight) =>
        weight <= 0 || relation != TargetRelation.Equal ? 0.0
        : section == TargetSection.Table2Univariate && kind == MetricKind.HazardRatio ? HazardRatioTolerance
        : (section == TargetSection.Table2Univariate && kind == MetricKind.WaldP) || (section == TargetSection.Text && kind == MetricKind.LogRankP) ? PValueTolerance
        : 0.0;

    /// <summary>
    /// Whether a target is one of the pass/fail requirements besides the bands: the selection of the
    /// multivariate model and the significance pattern in it (the one-sided targets of the selection section).
    /// Its distance is weighted by <see cref="Band"/> on top of its own weight, so no band is bought with it.
    /// </summary>
    public static bool Enforced(TargetSection section, TargetRelation relation, double weight) =>
        weight > 0 && section == TargetSection.Selection && relation != TargetRelation.Equal;

    /// <summary>The judgements: path → (weight, reason).</summary>
    public static IReadOnlyDictionary<string, (double Weight, string Reason)> ByPath { get; } = new Dictionary<string, (double, string)>(StringComparer.Ordinal)
    {
        ["table2.rows.kps_preop.univariate.ci_low"] = (NotFitted,
            "A 95% interval excluding 1 needs p < 0.05, yet the row prints p = 0.0874. The HR, the upper bound and p agree with a Wald interval whose lower bound starts with 0 (see the consistency check): read as a misprint, not fitted."),
        ["table2.rows.ki67.univariate.ci_low"] = (NotFitted,
            "As for KPS: a lower bound above 1 beside p = 0.0900; the HR and the upper bound agree with a lower bound starting with 0 (see the consistency check): read as a misprint, not fitted."),
        ["table2.rows.ki67.univariate.p"] = (NotFitted,
            "Not the Wald p of the printed HR and upper bound (see the consistency check), but equal to the Results' log-rank p for Ki67, which is fitted there."),
        ["table2.rows.frankel_preop.univariate.hr"] = (Disfavoured, FrankelRepeat),
        ["table2.rows.frankel_preop.univariate.ci_low"] = (Disfavoured, FrankelRepeat),
        ["table2.rows.frankel_preop.univariate.ci_high"] = (Disfavoured, FrankelRepeat),
        ["table2.rows.frankel_preop.univariate.p"] = (Disfavoured, FrankelRepeat),
        ["table2.rows.surgical_option.multivariate.ci_low"] = (Disfavoured, SurgicalInterval),
        ["table2.rows.surgical_option.multivariate.ci_high"] = (Disfavoured, SurgicalInterval),
        ["text.discussion.disc_spine_count_p.value"] = (NotFitted,
            "0.0376 transposes Table 2's 0.0367, which agrees with its own HR and CI (see the consistency check); Table 2 is fitted."),
        ["text.discussion.disc_kps_medians.p"] = (NotFitted, "The same number as Table 2's KPS p (fitted there)."),
        ["text.discussion.disc_ki67.p"] = (NotFitted, "The same number as the Results' Ki67 log-rank p (fitted there)."),
        ["text.discussion.disc_tes.p"] = (NotFitted, "The same number as Table 2's multivariate surgical p (fitted there)."),
        ["text.discussion.disc_tes.ci_low"] = (NotFitted, "The same number as Table 2's multivariate surgical CI (weighted there)."),
        ["text.discussion.disc_tes.ci_high"] = (NotFitted, "The same number as Table 2's multivariate surgical CI (weighted there)."),
        ["text.results_survival.multivariate_p_text.values.frankel_preop.value"] = (NotFitted, "The same number as Table 2's multivariate p (fitted there)."),
        ["text.results_survival.multivariate_p_text.values.visceral_mets.value"] = (NotFitted, "The same number as Table 2's multivariate p (fitted there)."),
        ["text.results_survival.multivariate_p_text.values.surgical_option.value"] = (NotFitted, "The same number as Table 2's multivariate p (fitted there)."),
    };

    private const string FrankelRepeat =
        "Table 2's univariate Frankel row repeats its multivariate row digit for digit, which a univariate and a six-factor model would not give; the multivariate row (also in the Results) and the Results' log-rank p are favoured, this row kept at a quarter weight.";

    private const string SurgicalInterval =
        "HR 2.31, 1.136–6.421 and p = 0.029 are not one Wald interval (see the consistency check); HR and p (p printed in Table 2, the Results and the Discussion) are favoured, the bounds kept at a quarter weight.";

    /// <summary>The weight and reason for the number at <paramref name="path"/> (the default weight and no reason when there is no judgement).</summary>
    public static (double Weight, string Reason) For(string path, double defaultWeight = Fitted) =>
        ByPath.TryGetValue(path, out var judgement) ? judgement : (defaultWeight, string.Empty);
}
