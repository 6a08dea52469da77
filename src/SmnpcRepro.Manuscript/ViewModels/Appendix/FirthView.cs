using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 2: Firth-penalized beside ordinary Cox estimates.</summary>
/// <param name="Univariate">Table 2's univariate rows.</param>
/// <param name="Multivariate">The multivariate model (no rows when none was fitted).</param>
/// <param name="OrdinaryTies">The ordinary fits' tie method, in words.</param>
/// <param name="Unstable">Univariate rows marked unstable, as a list in words.</param>
/// <param name="Diverging">Univariate rows marked diverging, as a list in words.</param>
/// <param name="FewEvents">The events-per-group threshold of the rule applied.</param>
/// <param name="LargeShift">The HR shift threshold of the rule applied, in words with its formula.</param>
/// <param name="LargestShift">The largest change of an HR under Firth's penalty, with its factor.</param>
public sealed record FirthView(
    TableView Univariate,
    TableView Multivariate,
    string OrdinaryTies,
    string Unstable,
    string Diverging,
    string FewEvents,
    string LargeShift,
    string LargestShift)
{
    private static readonly string[] Columns = ["Factor", "Ordinary HR (95% Wald CI)", "P", "Firth HR (95% profile CI)", "P (penalized LR)", "Deaths in smallest group", "Ordinary estimate"];

    /// <summary>The mark of a penalized likelihood-ratio p that could not be computed.</summary>
    public const string NoTestMark = "NA†";

    /// <summary>The mark of a profile-likelihood limit that could not be computed.</summary>
    public const string NoLimitMark = "NA‡";

    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static FirthView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var firth = results.Firth;
        var shifts = firth.Univariate.Concat(firth.Multivariate)
            .Where(r => r.Firth is not null && r.Ordinary.IsEstimable && !r.Ordinary.MayBeInfinite)
            .Select(r => (Row: r, Ratio: r.Firth!.HazardRatio / r.Ordinary.HazardRatio))
            .OrderByDescending(s => Math.Abs(Math.Log(s.Ratio)))
            .ToArray();
        var largest = shifts.Length == 0
            ? "none"
            : $"{RobustnessFormat.Change(shifts[0].Ratio)} ({AppendixNames.InText(results.Paper.Plan, shifts[0].Row.FactorKey)}{(firth.Multivariate.Contains(shifts[0].Row) ? ", multivariate" : string.Empty)})";
        return new FirthView(
            Table("Univariate models (Table 2's rows)", firth.Univariate),
            Table("Multivariate model", firth.Multivariate),
            firth.OrdinaryTies == TieMethod.Breslow ? "Breslow" : "Efron",
            TextList.Join(firth.Univariate.Where(r => r.Stability == EstimateStability.Unstable).Select(r => AppendixNames.InText(results.Paper.Plan, r.FactorKey)).ToArray()),
            TextList.Join(firth.Univariate.Where(r => r.Stability == EstimateStability.Diverges).Select(r => AppendixNames.InText(results.Paper.Plan, r.FactorKey)).ToArray()),
            Format.Count(firth.Rule.FewEvents),
            ShiftRule(firth.Rule),
            largest);
    }

    /// <summary>The mark of a row in words: stable, or why it is unstable or diverges.</summary>
    public static string Mark(FirthComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var reasons = new List<string>();
        if (row.Reasons.HasFlag(StabilityReasons.MonotoneLikelihood))
        {
            reasons.Add("monotone likelihood (HR runs to infinity)");
        }

        if (row.Reasons.HasFlag(StabilityReasons.NotConverged))
        {
            reasons.Add("did not converge");
        }

        if (row.Reasons.HasFlag(StabilityReasons.NotEstimable))
        {
            reasons.Add("not estimable");
        }

        if (row.Reasons.HasFlag(StabilityReasons.FewEventsInGroup))
        {
            reasons.Add($"{Format.Count(row.FewestGroupEvents)} deaths in a group");
        }

        if (row.Reasons.HasFlag(StabilityReasons.LargePenaltyShift) && row.Firth is not null)
        {
            reasons.Add($"Firth moves the HR {RobustnessFormat.Change(row.Firth.HazardRatio / row.Ordinary.HazardRatio)}");
        }

        return row.Stability switch
        {
            EstimateStability.Stable => "stable",
            EstimateStability.Unstable => "**unstable**: " + string.Join("; ", reasons),
            _ => "**diverges**: " + string.Join("; ", reasons),
        };
    }

    /// <summary>
    /// The rule's HR shift as the text prints it, with the formula the code applies, both from
    /// <paramref name="rule"/>: "a factor of 1.2 either way (|ln HR(Firth) − ln HR| &gt; ln 1.2: a rise of
    /// more than 20.0% or a fall of more than 16.7%)".
    /// </summary>
    public static string ShiftRule(InstabilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var factor = Format.Number(rule.HazardRatioFactor);
        return $"a factor of {factor} either way (|ln HR(Firth) − ln HR| > ln {factor}: a rise of more than {RobustnessFormat.Percent(rule.LargestRise)} or a fall of more than {RobustnessFormat.Percent(rule.LargestFall)})";
    }

    /// <summary>The table of <paramref name="rows"/>, with a note under it for each kind of NA it prints.</summary>
    public static TableView Table(string title, IReadOnlyList<FirthComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var notes = new List<string>();
        var iterations = Format.Count(FirthOptions.Default.MaxIterations);
        if (rows.Any(r => r.Firth is { } f && double.IsNaN(f.P)))
        {
            notes.Add($"{NoTestMark} The penalized likelihood-ratio p compares the Firth fit with a refit in which this coefficient is held at 0; that refit did not converge within {iterations} iterations (coxphf's default), so there is no p (R's `coxphf` prints NA as well). The estimate and its interval beside it are unaffected.");
        }

        if (rows.Any(r => r.Firth is { } f && (double.IsNaN(f.ConfidenceInterval.Lower) || double.IsNaN(f.ConfidenceInterval.Upper))))
        {
            notes.Add($"{NoLimitMark} The profile penalized-likelihood search for this limit did not converge within {iterations} iterations (coxphf's default), so the limit is not known (R's `coxphf` prints NA as well).");
        }

        return new TableView(title, Columns, rows.Select(Row).ToArray(), notes);
    }

    private static TableRowView Row(FirthComparisonRow r)
    {
        var o = r.Ordinary;
        var f = r.Firth;
        return new TableRowView(
            MarkdownText.Escape(r.Label),
            [
                o.IsEstimable ? RobustnessFormat.HazardRatio(o.HazardRatio, o.ConfidenceInterval.Lower, o.ConfidenceInterval.Upper) : "not estimable",
                o.IsEstimable ? Format.P(o.P) : "not estimable",
                f is null ? "not fitted: " + MarkdownText.Escape(r.FirthProblem) : FirthInterval(f) + (r.FirthConverged ? string.Empty : " (not converged)"),
                f is null ? "not fitted" : double.IsNaN(f.P) ? NoTestMark : Format.P(f.P),
                Format.Count(r.FewestGroupEvents),
                Mark(r),
            ],
            IsHeader: false);
    }

    private static string FirthInterval(FirthCoefficient f)
    {
        var (lower, upper) = (f.ConfidenceInterval.Lower, f.ConfidenceInterval.Upper);
        return double.IsNaN(lower) || double.IsNaN(upper)
            ? $"{Format.Fixed(f.HazardRatio, 2)} ({(double.IsNaN(lower) ? NoLimitMark : RobustnessFormat.Wide(lower))}–{(double.IsNaN(upper) ? NoLimitMark : RobustnessFormat.Wide(upper))})"
            : RobustnessFormat.HazardRatio(f.HazardRatio, lower, upper);
    }
}
