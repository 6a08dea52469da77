using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// The numbers of the Results text, taken from <see cref="ResultsTextView"/> where it holds one number per
/// string, and formatted by the same <see cref="Format"/> calls where it joins several (ranges, intervals,
/// "p = …", "HR … (95% CI …)"); the values come from the results the view was made from.
/// </summary>
internal static class ResultsTextNumbers
{
    private const string Patients = "Results, Patients' characteristics";
    private const string Surgery = "Results, Surgical treatment";
    private const string Survival = "Results, Survival";

    /// <summary>Patients' characteristics and surgical treatment (before Table 1).</summary>
    public static void CollectPatients(NumberList list, PaperResults results, ResultsTextView text)
    {
        var s = results.Summary;
        var n = s.Patients;
        list.Add("text.patients.total", $"{Patients}, patients analysed", text.Patients, n);
        list.Add("text.patients.age_median", $"{Patients}, median age", text.AgeMedian, s.AgeMedian);
        list.Add("text.patients.age_mean", $"{Patients}, mean age", text.AgeMean, s.AgeMean);
        Range(list, "text.patients.age_range", $"{Patients}, age range", s.AgeMin, s.AgeMax);
        CountAndPercent(list, "text.patients.male", $"{Patients}, male", text.Male, text.MalePercent, s.Male, n);
        CountAndPercent(list, "text.patients.female", $"{Patients}, female", text.Female, text.FemalePercent, s.Female, n);
        CountAndPercent(list, "text.patients.synchronous", $"{Patients}, synchronous metastasis", text.Synchronous, text.SynchronousPercent, s.Synchronous, n);
        CountAndPercent(list, "text.patients.asynchronous", $"{Patients}, asynchronous metastasis", text.Asynchronous, text.AsynchronousPercent, s.Asynchronous, n);
        list.Add("text.patients.mit_median", $"{Patients}, median MIT", text.MitMedian, s.MitMedian);
        Range(list, "text.patients.mit_range", $"{Patients}, MIT range", s.MitMin, s.MitMax);
        CountAndPercent(list, "text.patients.visceral_any", $"{Patients}, visceral metastases at admission", text.VisceralAny, text.VisceralAnyPercent, s.VisceralAny, n);

        for (var i = 0; i < s.SurgicalGroups.Count; i++)
        {
            var (group, shown) = (s.SurgicalGroups[i], text.SurgicalGroups[i]);
            var id = "text.surgery." + IdSegment.Of(shown.Group);
            var where = $"{Surgery}, {shown.Group.ToLowerInvariant()}";
            list.Add(id + ".patients", $"{where}, patients", shown.Patients, group.Patients);
            list.Add(id + ".mean_blood_loss", $"{where}, average blood loss (mL)", shown.MeanBloodLoss, group.MeanBloodLoss);
            list.Add(id + ".mean_operation_time", $"{where}, average operation time (min)", shown.MeanOperationTime, group.MeanOperationTime);
        }
    }

    /// <summary>Survival: deaths, medians, the univariate screen and the multivariate model (after Table 1).</summary>
    public static void CollectSurvival(NumberList list, PaperResults results, ResultsTextView text)
    {
        var s = results.Summary;
        var n = s.Patients;
        CountAndPercent(list, "text.survival.deaths", $"{Survival}, deaths", text.Deaths, text.DeathsPercent, s.Deaths, n);
        var median = results.Overall.Median;
        list.Add("text.survival.median_os", $"{Survival}, median OS (months)", text.MedianOs, median.Median);
        if (!(double.IsNaN(median.Lower) && double.IsNaN(median.Upper)))
        {
            list.Add("text.survival.median_os.ci_low", $"{Survival}, median OS, lower 95% limit", Format.Months(median.Lower), median.Lower);
            list.Add("text.survival.median_os.ci_high", $"{Survival}, median OS, upper 95% limit", Format.Months(median.Upper), median.Upper);
        }

        Range(list, "text.survival.follow_up", $"{Survival}, range of follow-up", results.Overall.ShortestFollowUp, results.Overall.LongestFollowUp);
        GroupMedians(list, "text.survival.median", $"{Survival}, median survival, ", results.Factor("surgical_option").Survival.Medians, text.GroupMedians);
        var kps = results.Factor("kps_preop").Survival;
        GroupMedians(list, "text.survival.kps_median", $"{Survival}, median survival, KPS ", kps.Medians, text.KpsMedians);
        list.AddP("text.survival.kps_log_rank.p", $"{Survival}, KPS log-rank P", Format.P(kps.LogRank.PValue), kps.LogRank.PValue);

        var test = results.Multivariate.Rule.Test == SelectionTest.LogRank ? "log-rank" : "Cox Wald";
        foreach (var d in results.Multivariate.Decisions)
        {
            list.AddP($"text.survival.univariate.{d.FactorKey}.p", $"{Survival}, {results.Factor(d.FactorKey).Factor.InText}, univariate {test} P", Format.P(d.P), d.P, decidesEntry: true);
        }

        foreach (var c in results.Multivariate.Fit?.Coefficients ?? [])
        {
            var id = $"text.survival.multivariate.{c.Term}";
            var where = $"{Survival}, {results.Contrast(c.Term).Contrast.InText}, multivariate";
            if (c.P <= results.Profile.SignificanceLevel)
            {
                // Printed as "HR 2.05 (95% CI 1.14–3.67), p = 0.0164" (Format.HazardRatioInText).
                list.Add(id + ".hr", where + " HR", Format.HazardRatioInTextPart(c.HazardRatio), c.HazardRatio);
                list.Add(id + ".ci_low", where + " HR, lower 95% limit", Format.HazardRatioInTextPart(c.ConfidenceInterval.Lower), c.ConfidenceInterval.Lower);
                list.Add(id + ".ci_high", where + " HR, upper 95% limit", Format.HazardRatioInTextPart(c.ConfidenceInterval.Upper), c.ConfidenceInterval.Upper);
            }

            list.AddP(id + ".p", where + " P", Format.P(c.P), c.P);
        }
    }

    private static void CountAndPercent(NumberList list, string id, string where, string count, string percent, int value, int n)
    {
        list.Add(id + ".count", where + ", n", count, value);
        list.Add(id + ".percent", where + ", %", percent, 100.0 * value / n);
    }

    private static void Range(NumberList list, string id, string where, double low, double high)
    {
        // Printed as "low–high" (Format.Range).
        list.Add(id + ".min", where + ", lowest", Format.Number(low), low);
        list.Add(id + ".max", where + ", highest", Format.Number(high), high);
    }

    private static void GroupMedians(NumberList list, string id, string where, IReadOnlyList<MedianSurvival> medians, IReadOnlyList<NamedValueText> shown)
    {
        for (var i = 0; i < medians.Count; i++)
        {
            list.Add($"{id}.{IdSegment.Of(shown[i].Name)}", where + shown[i].Name, shown[i].Value, medians[i].Median);
        }
    }
}
