using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Cohort;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Every number of the Results text, formatted; the template holds the sentences.</summary>
public sealed record ResultsTextView(
    string Patients,
    string AgeMedian,
    string AgeMean,
    string AgeRange,
    string Male,
    string MalePercent,
    string Female,
    string FemalePercent,
    string Synchronous,
    string SynchronousPercent,
    string Asynchronous,
    string AsynchronousPercent,
    string MitMedian,
    string MitRange,
    string VisceralAny,
    string VisceralAnyPercent,
    IReadOnlyList<SurgicalGroupText> SurgicalGroups,
    string Deaths,
    string DeathsPercent,
    string MedianOs,
    string MedianOsInterval,
    string FollowUpRange,
    IReadOnlyList<NamedValueText> GroupMedians,
    IReadOnlyList<NamedValueText> KpsMedians,
    string KpsLogRank,
    IReadOnlyList<NamedValueText> Screened,
    IReadOnlyList<NamedValueText> NotScreened,
    IReadOnlyList<NamedValueText> Independent,
    IReadOnlyList<NamedValueText> AdjustedNotSignificant,
    string EntryThreshold,
    string SignificanceLevel)
{
    private const string PatientsSection = "Results, Patients' characteristics";
    private const string SurgerySection = "Results, Surgical treatment";
    private const string SurvivalSection = "Results, Survival";

    /// <summary>Formats the Results numbers of <paramref name="results"/>.</summary>
    public static ResultsTextView From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return From(results, new NumberList(results.Profile));
    }

    /// <summary>Formats the Results numbers of <paramref name="results"/>, recording each in <paramref name="numbers"/> under its id as it is formatted.</summary>
    internal static ResultsTextView From(PaperResults results, NumberList numbers)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(numbers);
        var s = results.Summary;
        var n = s.Patients;
        const string P = PatientsSection;
        var patients = numbers.Print("text.patients.total", $"{P}, patients analysed", Format.Count(n), n);
        var ageMedian = numbers.Print("text.patients.age_median", $"{P}, median age", Format.Number(s.AgeMedian), s.AgeMedian);
        var ageMean = numbers.Print("text.patients.age_mean", $"{P}, mean age", Format.Number(s.AgeMean), s.AgeMean);
        var ageRange = numbers.Range("text.patients.age_range", $"{P}, age range", s.AgeMin, s.AgeMax);
        var male = numbers.CountAndPercent("text.patients.male", $"{P}, male", s.Male, n);
        var female = numbers.CountAndPercent("text.patients.female", $"{P}, female", s.Female, n);
        var synchronous = numbers.CountAndPercent("text.patients.synchronous", $"{P}, synchronous metastasis", s.Synchronous, n);
        var asynchronous = numbers.CountAndPercent("text.patients.asynchronous", $"{P}, asynchronous metastasis", s.Asynchronous, n);
        var mitMedian = numbers.Print("text.patients.mit_median", $"{P}, median MIT", Format.Number(s.MitMedian), s.MitMedian);
        var mitRange = numbers.Range("text.patients.mit_range", $"{P}, MIT range", s.MitMin, s.MitMax);
        var visceral = numbers.CountAndPercent("text.patients.visceral_any", $"{P}, visceral metastases at admission", s.VisceralAny, n);
        var surgical = s.SurgicalGroups.Select(g =>
        {
            var label = g.Option.Label();
            var id = "text.surgery." + IdSegment.Of(label);
            var where = $"{SurgerySection}, {label.ToLowerInvariant()}";
            return new SurgicalGroupText(
                label,
                numbers.Print(id + ".patients", $"{where}, patients", Format.Count(g.Patients), g.Patients),
                numbers.Print(id + ".mean_blood_loss", $"{where}, average blood loss (mL)", Format.Number(g.MeanBloodLoss), g.MeanBloodLoss),
                numbers.Print(id + ".mean_operation_time", $"{where}, average operation time (min)", Format.Number(g.MeanOperationTime), g.MeanOperationTime));
        }).ToArray();

        const string S = SurvivalSection;
        var deaths = numbers.CountAndPercent("text.survival.deaths", $"{S}, deaths", s.Deaths, n);
        var median = results.Overall.Median;
        var medianOs = numbers.Print(PrintedIds.MedianOverallSurvival, $"{S}, median OS (months)", Format.Months(median.Median), median.Median);
        var interval = Interval(median, numbers);
        var followUp = numbers.Range("text.survival.follow_up", $"{S}, range of follow-up", results.Overall.ShortestFollowUp, results.Overall.LongestFollowUp);
        var surgery = results.Factor("surgical_option").Survival;
        var groupMedians = Medians(numbers, PrintedIds.SurgicalGroupMedians, $"{S}, median survival, ", surgery.Medians);
        var kps = results.Factor("kps_preop").Survival;
        var kpsMedians = Medians(numbers, PrintedIds.KpsGroupMedians, $"{S}, median survival, KPS ", kps.Medians);
        var kpsLogRank = Format.PInText(numbers.PrintP("text.survival.kps_log_rank.p", $"{S}, KPS log-rank P", Format.P(kps.LogRank.PValue), kps.LogRank.PValue));

        var test = results.Multivariate.Rule.Test == SelectionTest.LogRank ? "log-rank" : "Cox Wald";
        var screened = new List<NamedValueText>();
        var notScreened = new List<NamedValueText>();
        foreach (var d in results.Multivariate.Decisions)
        {
            var name = results.Factor(d.FactorKey).Factor.InText;
            var printed = numbers.PrintP(PrintedIds.UnivariateP(d.FactorKey), $"{S}, {name}, univariate {test} P", Format.P(d.P), d.P, decidesEntry: true);
            (d.Entered ? screened : notScreened).Add(new NamedValueText(name, Format.PInText(printed)));
        }

        var independent = new List<NamedValueText>();
        var adjusted = new List<NamedValueText>();
        foreach (var c in results.Multivariate.Fit?.Coefficients ?? [])
        {
            var name = results.Contrast(c.Term).Contrast.InText;
            var id = PrintedIds.Multivariate(c.Term);
            var where = $"{S}, {name}, multivariate";
            if (c.P <= results.Profile.SignificanceLevel)
            {
                // "HR 2.05 (95% CI 1.14–3.67), p = 0.0164" (Format.HazardRatioInText), each number recorded.
                var hr = numbers.Print(id + ".hr", where + " HR", Format.HazardRatioInTextPart(c.HazardRatio), c.HazardRatio);
                var low = numbers.Print(id + ".ci_low", where + " HR, lower 95% limit", Format.HazardRatioInTextPart(c.ConfidenceInterval.Lower), c.ConfidenceInterval.Lower);
                var high = numbers.Print(id + ".ci_high", where + " HR, upper 95% limit", Format.HazardRatioInTextPart(c.ConfidenceInterval.Upper), c.ConfidenceInterval.Upper);
                var p = numbers.PrintP(id + ".p", where + " P", Format.P(c.P), c.P);
                independent.Add(new NamedValueText(name, $"HR {hr} (95% CI {low}–{high}), {Format.PInText(p)}"));
            }
            else
            {
                adjusted.Add(new NamedValueText(name, Format.PInText(numbers.PrintP(id + ".p", where + " P", Format.P(c.P), c.P))));
            }
        }

        return new ResultsTextView(
            patients,
            ageMedian,
            ageMean,
            ageRange,
            male.Count,
            male.Percent,
            female.Count,
            female.Percent,
            synchronous.Count,
            synchronous.Percent,
            asynchronous.Count,
            asynchronous.Percent,
            mitMedian,
            mitRange,
            visceral.Count,
            visceral.Percent,
            surgical,
            deaths.Count,
            deaths.Percent,
            medianOs,
            interval,
            followUp,
            groupMedians,
            kpsMedians,
            kpsLogRank,
            screened,
            notScreened,
            independent,
            adjusted,
            Format.Number(results.Profile.EntryThreshold),
            Format.Number(results.Profile.SignificanceLevel));
    }

    private static NamedValueText[] Medians(NumberList numbers, string id, string where, IReadOnlyList<MedianSurvival> medians) =>
        medians.Select(m => new NamedValueText(m.Group, numbers.Print(PrintedIds.GroupMedian(id, m.Group), where + m.Group, Format.Months(m.Median), m.Median))).ToArray();

    private static string Interval(MedianSurvival m, NumberList numbers)
    {
        if (double.IsNaN(m.Lower) && double.IsNaN(m.Upper))
        {
            return "95% CI not estimable";
        }

        var low = numbers.Print(PrintedIds.MedianOverallSurvival + ".ci_low", $"{SurvivalSection}, median OS, lower 95% limit", Format.Months(m.Lower), m.Lower);
        var high = numbers.Print(PrintedIds.MedianOverallSurvival + ".ci_high", $"{SurvivalSection}, median OS, upper 95% limit", Format.Months(m.Upper), m.Upper);
        return $"95% CI {low}–{(double.IsNaN(m.Upper) ? "not reached" : high)}";
    }

}

/// <summary>A surgical group's numbers in the text.</summary>
public sealed record SurgicalGroupText(string Group, string Patients, string MeanBloodLoss, string MeanOperationTime);

/// <summary>A name with a formatted value ("preoperative KPS", "p = 0.0749").</summary>
public sealed record NamedValueText(string Name, string Value);
