using System.Collections.Frozen;
using SmnpcRepro.Analysis.Tables;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// Which recomputed number each published number is compared with, declared once. Table 1 and Table 2 are
/// mapped by their structure (a level's key is the rebuilt Table 1's level key; a row's key is the Table 2
/// factor's key); the text's univariate and multivariate P lists by factor key; the rest of the text by an
/// explicit list below. A published number none of these covers has no counterpart, and
/// <see cref="NoCounterpart"/> says why.
/// </summary>
public static class ReproductionMap
{
    private const string AgeMedianNote =
        "The paper calls 46.33 the median age; 30 whole-year ages cannot have that median (see audit.md), so the rebuild's median differs although its mean is 46.33.";

    private static readonly FrozenDictionary<string, Func<PaperResults, Resolution>> Text = Declare();

    /// <summary>The counterpart of <paramref name="number"/> in <paramref name="results"/>, or why there is none.</summary>
    public static Resolution Resolve(PublishedNumber number, PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(results);
        var s = number.Path.Split('.');
        return s switch
        {
            ["table1", "characteristics", var block, "levels", var level, var field] when field is "count" or "percent" =>
                Recompute.Table1(results, block, level, field == "percent"),
            ["table1", "characteristics", var block, "summary"] =>
                results.Table1.Blocks.FirstOrDefault(b => b.PaperKey == block)?.Summary is { } summary
                    ? Recompute.Measure(summary.Value, $"Table 1: {summary.Statistic} beside the header")
                    : Resolution.None("The rebuilt Table 1 prints no summary for this characteristic."),
            ["table2", "rows", var row, "univariate", var field] => Recompute.Univariate(results, row, field),
            ["table2", "rows", var row, "multivariate", var field] => Recompute.Multivariate(results, row, field),
            ["text", "results_survival", "univariate_p_text", "values", var factor, "value"] => Recompute.LogRankP(results, factor),
            ["text", "results_survival", "multivariate_p_text", "values", var factor, "value"] =>
                Recompute.Multivariate(results, factor, "p", "The text's independent factors are compared with the Wald P of the rebuilt multivariate model."),
            _ => Text.TryGetValue(number.Path, out var resolve) ? resolve(results) : Resolution.None(NoCounterpart.Reason(number)),
        };
    }

    /// <summary>The paths of the text (and meta) numbers mapped one by one.</summary>
    public static IEnumerable<string> DeclaredPaths => Text.Keys;

    private static FrozenDictionary<string, Func<PaperResults, Resolution>> Declare()
    {
        var map = new Dictionary<string, Func<PaperResults, Resolution>>(StringComparer.Ordinal);
        void CountAndPercent(string path, Func<CohortSummary, int> count, string what)
        {
            map[path + ".count"] = r => Recompute.Count(count(r.Summary), what);
            map[path + ".percent"] = r => Recompute.Percent(r, count(r.Summary), what + ", % of the cohort");
        }

        void Level(string path, string block, string level, string note = "")
        {
            map[path + ".count"] = r => Recompute.Table1(r, block, level, percent: false, note);
            map[path + ".percent"] = r => Recompute.Table1(r, block, level, percent: true, note);
        }

        const string Patients = "text.results_patients";
        const string Surgery = "text.results_surgery";
        const string Survival = "text.results_survival";
        const string Discussion = "text.discussion";

        map["meta.n_patients.value"] = Recompute.Patients;
        map["text.abstract.abs_n.value"] = Recompute.Patients;
        map[$"{Patients}.included.value"] = Recompute.Patients;
        map[$"{Surgery}.all_surgical.value"] = Recompute.Patients;
        map["text.abstract.abs_os.value"] = MedianOs;
        map[$"{Survival}.os_median.value"] = MedianOs;

        map[$"{Patients}.age_median.value"] = r => Recompute.Measure(r.Summary.AgeMedian, "median age (years)", AgeMedianNote);
        map[$"{Discussion}.disc_age_median.value"] = r => Recompute.Measure(r.Summary.AgeMedian, "median age (years)", AgeMedianNote);
        map[$"{Patients}.age_range.min"] = r => Recompute.Measure(r.Summary.AgeMin, "youngest age (years)");
        map[$"{Patients}.age_range.max"] = r => Recompute.Measure(r.Summary.AgeMax, "oldest age (years)");
        CountAndPercent($"{Patients}.male", s => s.Male, "male patients");
        CountAndPercent($"{Patients}.female", s => s.Female, "female patients");
        CountAndPercent($"{Patients}.synchronous", s => s.Synchronous, "synchronous metastasis");
        CountAndPercent($"{Patients}.asynchronous", s => s.Asynchronous, "asynchronous metastasis");
        map[$"{Discussion}.disc_sync.synchronous"] = r => Recompute.Count(r.Summary.Synchronous, "synchronous metastasis");
        map[$"{Discussion}.disc_sync.asynchronous"] = r => Recompute.Count(r.Summary.Asynchronous, "asynchronous metastasis");
        map[$"{Patients}.mit_median.value"] = r => Recompute.Measure(r.Summary.MitMedian, "median MIT (months)");
        map[$"{Discussion}.disc_mit_median.value"] = r => Recompute.Measure(r.Summary.MitMedian, "median MIT (months)");
        map[$"{Patients}.mit_range.min"] = r => Recompute.Measure(r.Summary.MitMin, "shortest MIT (months)");
        map[$"{Patients}.mit_range.max"] = r => Recompute.Measure(r.Summary.MitMax, "longest MIT (months)");
        map[$"{Patients}.visceral_none_single.count_each"] = r => Both(Recompute.Table1(r, "visceral_mets", "none", false), Recompute.Table1(r, "visceral_mets", "single", false));
        map[$"{Patients}.visceral_none_single.percent_each"] = r => Both(Recompute.Table1(r, "visceral_mets", "none", true), Recompute.Table1(r, "visceral_mets", "single", true));
        Level($"{Patients}.visceral_multiple", "visceral_mets", "multiple");
        map[$"{Patients}.spine_single_multiple.count_each"] = r => Both(Recompute.Table1(r, "spine_mets_number", "single", false), Recompute.Table1(r, "spine_mets_number", "multiple", false));
        map[$"{Patients}.spine_single_multiple.percent_each"] = r => Both(Recompute.Table1(r, "spine_mets_number", "single", true), Recompute.Table1(r, "spine_mets_number", "multiple", true));
        Level($"{Patients}.thoracic", "spine_level", "thoracic");
        CountAndPercent($"{Patients}.visceral_any", s => s.VisceralAny, "patients with visceral metastases");
        Level($"{Patients}.kps_ge80", "kps_preop", "ge80");
        map[$"{Patients}.pathology_text.differentiated"] = r => Recompute.Table1(r, "pathology", "differentiated", false);
        map[$"{Patients}.pathology_text.undifferentiated"] = r => Recompute.Table1(r, "pathology", "undifferentiated", false);
        map[$"{Patients}.hb_lt11.count"] = r => Recompute.Table1(r, "hb", "lt11", false);
        map[$"{Patients}.alb_lt40.count"] = r => Recompute.Table1(r, "alb", "lt40", false);
        Level($"{Patients}.ldh_gt245", "ldh", "ge245",
            "The text says LDH was above 245 IU/L in this many patients, while Table 1 prints the same count below 245 (see audit.md); compared with the count at or above 245, as the text says.");
        Level($"{Patients}.alp_lt110", "alp", "lt110");
        map[$"{Patients}.ki67_lt30.count"] = r => Recompute.Table1(r, "ki67", "lt30", false);
        map[$"{Discussion}.disc_type3.count"] = r => Recompute.Table1(r, "pathology", "undifferentiated", false, "WHO type III is the undifferentiated type.");
        map[$"{Discussion}.disc_type3.percent"] = r => Recompute.Table1(r, "pathology", "undifferentiated", true, "WHO type III is the undifferentiated type.");
        map[$"{Discussion}.disc_sex_ratio.value.0"] = r => Recompute.Measure((double)r.Summary.Male / r.Summary.Female, "male patients per female patient");

        for (var g = 0; g < Recompute.SurgicalGroups.Count; g++)
        {
            var group = g;
            var key = Recompute.SurgicalGroups[g];
            var name = key.Replace('_', ' ');
            map[$"{Surgery}.n_{key}.count"] = r => Recompute.Count(r.Summary.SurgicalGroups[group].Patients, $"{name} group size");
            map[$"{Surgery}.n_{key}.percent"] = r => Recompute.Percent(r, r.Summary.SurgicalGroups[group].Patients, $"{name} group, % of the cohort");
            map[$"{Surgery}.blood_loss_mean.values.{key}.value"] = r => Recompute.Measure(r.Summary.SurgicalGroups[group].MeanBloodLoss, $"{name} group, mean blood loss (mL)");
            map[$"{Surgery}.blood_loss_mean.values.{key}.n"] = r => Recompute.Count(r.Summary.SurgicalGroups[group].Patients, $"{name} group size");
            map[$"{Surgery}.operation_time_mean.values.{key}.value"] = r => Recompute.Measure(r.Summary.SurgicalGroups[group].MeanOperationTime, $"{name} group, mean operation time (min)");
            map[$"{Surgery}.operation_time_mean.values.{key}.n"] = r => Recompute.Count(r.Summary.SurgicalGroups[group].Patients, $"{name} group size");
            map[$"{Survival}.group_median_os.values.{key}.value"] = r => Recompute.GroupMedian(r, "surgical_option", group);
        }

        map[$"{Survival}.deaths.count"] = r => Recompute.Count(r.Summary.Deaths, "deaths");
        map[$"{Survival}.deaths.percent"] = r => Recompute.Percent(r, r.Summary.Deaths, "deaths, % of the cohort");
        const string RangeNote = "The paper does not say whether this is the range of follow-up or of survival; compared with the observed times (follow-up), which the rebuild prints.";
        map[$"{Survival}.os_range.min"] = r => Recompute.Measure(r.Overall.ShortestFollowUp, "shortest observed time (months)", RangeNote);
        map[$"{Survival}.os_range.max"] = r => Recompute.Measure(r.Overall.LongestFollowUp, "longest observed time (months)", RangeNote);

        // "(24 months vs 15 months, p=0.0874)": the KPS groups' medians, and Table 2's P for KPS.
        map[$"{Discussion}.disc_kps_medians.kps_ge80_median"] = r => Recompute.GroupMedian(r, "kps_preop", 1);
        map[$"{Discussion}.disc_kps_medians.kps_lt80_median"] = r => Recompute.GroupMedian(r, "kps_preop", 0);
        map[$"{Discussion}.disc_kps_medians.p"] = r => Recompute.CoxP(r, "kps_preop", "The Discussion repeats Table 2's P for KPS, so it is compared with the Cox model's Wald P.");
        map[$"{Discussion}.disc_ki67.p"] = r => Recompute.LogRankP(r, "ki67", "The Discussion repeats the Results text's univariate P for Ki67, so it is compared with the log-rank P.");
        map[$"{Discussion}.disc_spine_count_p.value"] = r => Recompute.CoxP(r, "spine_mets_count", "The paper prints three P values for the number of spine metastases (see audit.md); this one is nearest Table 2's, so it is compared with the Cox model's Wald P.");
        map[$"{Discussion}.disc_age_sex_p.value"] = r => Both(
            Recompute.LogRankP(r, "age", "\"The prognostic value of age and sex was insignificant (p>0.1)\": each factor's log-rank P against the bound."),
            Recompute.LogRankP(r, "gender", "\"The prognostic value of age and sex was insignificant (p>0.1)\": each factor's log-rank P against the bound."));
        const string TesNote = "The Discussion repeats Table 2's multivariate P and interval for the surgical option.";
        map[$"{Discussion}.disc_tes.p"] = r => Recompute.Multivariate(r, "surgical_option", "p", TesNote);
        map[$"{Discussion}.disc_tes.ci_low"] = r => Recompute.Multivariate(r, "surgical_option", "ci_low", TesNote);
        map[$"{Discussion}.disc_tes.ci_high"] = r => Recompute.Multivariate(r, "surgical_option", "ci_high", TesNote);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Resolution MedianOs(PaperResults r) =>
        Recompute.Measure(r.Overall.Median.Median, $"Kaplan–Meier median overall survival (months, {r.Profile.Name} definition)");

    /// <summary>One published number that stands for two ("9 patients (30%) respectively").</summary>
    private static Resolution Both(Resolution first, Resolution second) =>
        first.Reason is not null ? first : second.Reason is not null ? second : new Resolution([.. first.Counterparts, .. second.Counterparts], null);
}
