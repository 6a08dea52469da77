using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 2: Firth-penalized beside ordinary Cox estimates.</summary>
/// <param name="Univariate">Table 2's univariate rows.</param>
/// <param name="Multivariate">The multivariate model (no rows when none was fitted).</param>
/// <param name="OrdinaryTies">The ordinary fits' tie method, in words.</param>
/// <param name="Unstable">Univariate rows marked unstable, as a list in words.</param>
/// <param name="Diverging">Univariate rows marked diverging, as a list in words.</param>
/// <param name="FewEvents">The events-per-group threshold.</param>
/// <param name="LargeShift">The HR shift threshold, as a percentage.</param>
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
            : $"{RobustnessFormat.Change(shifts[0].Ratio)} ({AppendixNames.InText(shifts[0].Row.FactorKey)}{(firth.Multivariate.Contains(shifts[0].Row) ? ", multivariate" : string.Empty)})";
        return new FirthView(
            new TableView("Univariate models (Table 2's rows)", Columns, firth.Univariate.Select(Row).ToArray(), []),
            new TableView("Multivariate model", Columns, firth.Multivariate.Select(Row).ToArray(), []),
            firth.OrdinaryTies == TieMethod.Breslow ? "Breslow" : "Efron",
            TextList.Join(firth.Univariate.Where(r => r.Stability == EstimateStability.Unstable).Select(r => AppendixNames.InText(r.FactorKey)).ToArray()),
            TextList.Join(firth.Univariate.Where(r => r.Stability == EstimateStability.Diverges).Select(r => AppendixNames.InText(r.FactorKey)).ToArray()),
            Format.Count(firth.FewEvents),
            RobustnessFormat.Percent(Math.Exp(firth.LargeShift) - 1),
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

    private static TableRowView Row(FirthComparisonRow r)
    {
        var o = r.Ordinary;
        var f = r.Firth;
        return new TableRowView(
            MarkdownText.Escape(r.Label),
            [
                o.IsEstimable ? RobustnessFormat.HazardRatio(o.HazardRatio, o.ConfidenceInterval.Lower, o.ConfidenceInterval.Upper) : "NA",
                Format.P(o.P),
                f is null ? "not fitted: " + MarkdownText.Escape(r.FirthProblem) : RobustnessFormat.HazardRatio(f.HazardRatio, f.ConfidenceInterval.Lower, f.ConfidenceInterval.Upper) + (r.FirthConverged ? string.Empty : " (not converged)"),
                f is null ? "NA" : Format.P(f.P),
                Format.Count(r.FewestGroupEvents),
                Mark(r),
            ],
            IsHeader: false);
    }
}
