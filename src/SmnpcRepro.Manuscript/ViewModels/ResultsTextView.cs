using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Formatting;

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
    /// <summary>Formats the Results numbers of <paramref name="results"/>.</summary>
    public static ResultsTextView From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var s = results.Summary;
        var n = s.Patients;
        var median = results.Overall.Median;
        var surgery = results.Factor("surgical_option").Survival;
        var kps = results.Factor("kps_preop").Survival;
        var entered = results.Multivariate.Decisions;
        var fit = results.Multivariate.Fit;
        return new ResultsTextView(
            Format.Count(n),
            Format.Number(s.AgeMedian),
            Format.Number(s.AgeMean),
            Format.Range(s.AgeMin, s.AgeMax),
            Format.Count(s.Male),
            Format.Percent(s.Male, n),
            Format.Count(s.Female),
            Format.Percent(s.Female, n),
            Format.Count(s.Synchronous),
            Format.Percent(s.Synchronous, n),
            Format.Count(s.Asynchronous),
            Format.Percent(s.Asynchronous, n),
            Format.Number(s.MitMedian),
            Format.Range(s.MitMin, s.MitMax),
            Format.Count(s.VisceralAny),
            Format.Percent(s.VisceralAny, n),
            s.SurgicalGroups.Select(g => new SurgicalGroupText(g.Option.Label(), Format.Count(g.Patients), Format.Number(g.MeanBloodLoss), Format.Number(g.MeanOperationTime))).ToArray(),
            Format.Count(s.Deaths),
            Format.Percent(s.Deaths, n),
            Format.Months(median.Median),
            Interval(median),
            Format.Range(results.Overall.ShortestFollowUp, results.Overall.LongestFollowUp),
            surgery.Medians.Select(m => new NamedValueText(m.Group, Format.Months(m.Median))).ToArray(),
            kps.Medians.Select(m => new NamedValueText(m.Group, Format.Months(m.Median))).ToArray(),
            Format.PInText(kps.LogRank.PValue),
            entered.Where(d => d.Entered).Select(d => new NamedValueText(results.Factor(d.FactorKey).Factor.InText, Format.PInText(d.P))).ToArray(),
            entered.Where(d => !d.Entered).Select(d => new NamedValueText(results.Factor(d.FactorKey).Factor.InText, Format.PInText(d.P))).ToArray(),
            (fit?.Coefficients ?? []).Where(c => c.P <= results.Profile.SignificanceLevel)
                .Select(c => new NamedValueText(results.Contrast(c.Term).Contrast.InText, $"HR {Format.HazardRatioInText(c.HazardRatio, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper)}, {Format.PInText(c.P)}")).ToArray(),
            (fit?.Coefficients ?? []).Where(c => c.P > results.Profile.SignificanceLevel)
                .Select(c => new NamedValueText(results.Contrast(c.Term).Contrast.InText, Format.PInText(c.P))).ToArray(),
            Format.Number(results.Profile.EntryThreshold),
            Format.Number(results.Profile.SignificanceLevel));
    }

    private static string Interval(MedianSurvival m) =>
        double.IsNaN(m.Lower) && double.IsNaN(m.Upper)
            ? "95% CI not estimable"
            : $"95% CI {Format.Months(m.Lower)}–{(double.IsNaN(m.Upper) ? "not reached" : Format.Months(m.Upper))}";
}

/// <summary>A surgical group's numbers in the text.</summary>
public sealed record SurgicalGroupText(string Group, string Patients, string MeanBloodLoss, string MeanOperationTime);

/// <summary>A name with a formatted value ("preoperative KPS", "p = 0.0749").</summary>
public sealed record NamedValueText(string Name, string Value);
