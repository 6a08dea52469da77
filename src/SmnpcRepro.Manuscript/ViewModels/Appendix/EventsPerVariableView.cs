using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 1: events per variable of each model and what screening many factors implies.</summary>
/// <param name="Table">One row per model (univariate models with the same counts share a row).</param>
/// <param name="Thresholds">The rules of thumb, in words with their sources.</param>
/// <param name="Tests">Factors screened, in words ("15").</param>
/// <param name="EntryThreshold">The entry threshold.</param>
/// <param name="ExpectedFalseEntries">k·α.</param>
/// <param name="ChanceOfAnyFalseEntry">1 − (1 − α)^k as a percentage.</param>
/// <param name="SignificanceLevel">The significance level.</param>
/// <param name="ChanceOfAnySignificant">1 − (1 − 0.05)^k as a percentage.</param>
/// <param name="ScreeningEventsPerVariable">Events per candidate parameter.</param>
/// <param name="Events">Deaths.</param>
public sealed record EventsPerVariableView(
    TableView Table,
    string Thresholds,
    string Tests,
    string EntryThreshold,
    string ExpectedFalseEntries,
    string ChanceOfAnyFalseEntry,
    string SignificanceLevel,
    string ChanceOfAnySignificant,
    string ScreeningEventsPerVariable,
    string Events)
{
    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static EventsPerVariableView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var epv = results.EventsPerVariable;
        var rows = new List<TableRowView>();
        var univariate = epv.Models.Where(m => m.Kind == ModelKind.Univariate).ToArray();
        foreach (var group in univariate.GroupBy(m => (m.Events, m.Parameters)))
        {
            var label = group.Count() == univariate.Length
                ? $"Each univariate Cox model ({Format.Count(group.Count())} models, one factor each)"
                : "Univariate: " + string.Join(", ", group.Select(m => m.Label));
            rows.Add(Row(label, group.First(), epv.Thresholds));
        }

        foreach (var m in epv.Models.Where(m => m.Kind == ModelKind.Multivariate))
        {
            var entered = results.Paper.Multivariate.Entered.Select(f => f.Label).ToArray();
            rows.Add(Row($"Multivariate Cox model ({string.Join(", ", entered)})", m, epv.Thresholds));
        }

        var screening = epv.Models.Single(m => m.Kind == ModelKind.Screening);
        rows.Add(Row($"Screening: all {Format.Count(screening.Parameters)} candidate factors", screening, epv.Thresholds));
        var columns = new List<string> { "Model", "Deaths", "Parameters", "Events per variable" };
        columns.AddRange(epv.Thresholds.Select(t => $"≥ {Format.Count(t.MinimumEventsPerVariable)}"));
        return new EventsPerVariableView(
            new TableView("Events per variable", columns, rows, []),
            string.Join(" or ", epv.Thresholds.Select(t => $"at least {Format.Count(t.MinimumEventsPerVariable)} events per variable ({t.Description}; {t.Source})")),
            Format.Count(epv.UnivariateTests),
            Format.Number(epv.EntryThreshold),
            Format.Number(epv.ExpectedFalseEntries),
            RobustnessFormat.Percent(epv.ChanceOfAnyFalseEntry),
            Format.Number(epv.SignificanceLevel),
            RobustnessFormat.Percent(epv.ChanceOfAnySignificant),
            RobustnessFormat.EventsPerVariable(screening.Value),
            Format.Count(screening.Events));
    }

    private static TableRowView Row(string label, EventsPerVariableRow m, IReadOnlyList<EventsPerVariableThreshold> thresholds)
    {
        var cells = new List<string> { Format.Count(m.Events), Format.Count(m.Parameters), RobustnessFormat.EventsPerVariable(m.Value) };
        cells.AddRange(thresholds.Select(t => m.ThresholdsMet.Contains(t.MinimumEventsPerVariable) ? "yes" : "**no**"));
        return new TableRowView(label, cells, IsHeader: false);
    }
}
