using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 6: the Cox estimates under Breslow and Efron ties.</summary>
/// <param name="Deaths">Deaths.</param>
/// <param name="DistinctDeathTimes">Distinct death times.</param>
/// <param name="TiedDeathTimes">Death times shared by two or more deaths.</param>
/// <param name="DeathsAtTiedTimes">Deaths at those times.</param>
/// <param name="Univariate">Each factor alone under both.</param>
/// <param name="Multivariate">The multivariate model under both (no rows when none).</param>
/// <param name="TiedDeaths">The ties in words ("6 of the 19 deaths share 1 of the 14 death times").</param>
/// <param name="LargestChange">The largest change of an HR from Breslow to Efron, with its factor.</param>
/// <param name="HasTies">Whether any two deaths share a time (else the section is <see cref="NoTies"/> alone).</param>
/// <param name="NoTies">The section's one sentence when no two deaths share a time.</param>
public sealed record TiesView(
    string Deaths,
    string DistinctDeathTimes,
    string TiedDeathTimes,
    string DeathsAtTiedTimes,
    string TiedDeaths,
    TableView Univariate,
    TableView Multivariate,
    string LargestChange,
    bool HasTies,
    string NoTies)
{
    /// <summary>What the section says, in full, when no two deaths share a time.</summary>
    public const string IdenticalFits = "No two deaths share a time, so Breslow's and Efron's estimates are identical.";

    private static readonly string[] Columns = ["Factor", "Breslow HR (95% CI)", "P", "Efron HR (95% CI)", "P", "Efron vs Breslow HR"];

    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static TiesView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = results.Ties;
        var largest = t.Univariate.Concat(t.Multivariate)
            .Where(r => double.IsFinite(r.HazardRatioRatio))
            .OrderByDescending(r => Math.Abs(Math.Log(r.HazardRatioRatio)))
            .FirstOrDefault();
        return new TiesView(
            Format.Count(results.Events),
            Format.Count(t.DistinctDeathTimes),
            Format.Count(t.TiedDeathTimes),
            Format.Count(t.DeathsAtTiedTimes),
            t.TiedDeathTimes == 0
                ? $"no two of the {Format.Count(results.Events)} deaths share a time"
                : $"{Format.Count(t.DeathsAtTiedTimes)} of the {Format.Count(results.Events)} deaths share {Format.Count(t.TiedDeathTimes)} of the {Format.Count(t.DistinctDeathTimes)} distinct death times",
            new TableView("Univariate models", Columns, t.Univariate.Select(Row).ToArray(), []),
            new TableView("Multivariate model", Columns, t.Multivariate.Select(Row).ToArray(), []),
            largest is null ? "no finite HR to compare" : $"{RobustnessFormat.Change(largest.HazardRatioRatio)} ({AppendixNames.InText(results.Paper.Plan, largest.FactorKey)}{(t.Multivariate.Contains(largest) ? ", multivariate" : string.Empty)})",
            t.TiedDeathTimes > 0,
            IdenticalFits);
    }

    private static TableRowView Row(TieComparisonRow r) => new(
        MarkdownText.Escape(r.Label),
        [
            RobustnessFormat.HazardRatio(r.Breslow.HazardRatio, r.Breslow.ConfidenceInterval.Lower, r.Breslow.ConfidenceInterval.Upper),
            Format.P(r.Breslow.P),
            RobustnessFormat.HazardRatio(r.Efron.HazardRatio, r.Efron.ConfidenceInterval.Lower, r.Efron.ConfidenceInterval.Upper),
            Format.P(r.Efron.P),
            RobustnessFormat.Change(r.HazardRatioRatio),
        ],
        IsHeader: false);
}
