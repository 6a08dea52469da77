using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 4: the proportional-hazards check of the multivariate model.</summary>
/// <param name="HasModel">False when no factor entered (nothing to check).</param>
/// <param name="Table">Per term and global: χ², df, p.</param>
/// <param name="Ties">The tie method of the fit and test.</param>
/// <param name="Deaths">Events behind each plot.</param>
/// <param name="Smallest">The smallest per-term p with its term, in words.</param>
/// <param name="Global">The global test as running text.</param>
/// <param name="Violations">Terms with p at or below the significance level, in words ("none").</param>
/// <param name="SignificanceLevel">The level.</param>
/// <param name="Figures">One plot per term.</param>
public sealed record ProportionalHazardsView(
    bool HasModel,
    TableView Table,
    string Ties,
    string Deaths,
    string Smallest,
    string Global,
    string Violations,
    string SignificanceLevel,
    IReadOnlyList<SchoenfeldFigureView> Figures)
{
    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static ProportionalHazardsView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var columns = new[] { "Term", "χ²", "df", "P" };
        var significance = Format.Number(results.Profile.SignificanceLevel);
        if (results.ProportionalHazards is not { } check)
        {
            return new ProportionalHazardsView(false, new TableView("Proportional-hazards tests", columns, [], []), string.Empty, string.Empty, string.Empty, string.Empty, "none", significance, []);
        }

        var rows = check.Terms
            .Select(t => new TableRowView(MarkdownText.Escape(t.Label), [RobustnessFormat.ChiSquare(t.Test.Statistic), Format.Count(t.Test.DegreesOfFreedom), Format.P(t.Test.P)], IsHeader: false))
            .Append(new TableRowView("Global", [RobustnessFormat.ChiSquare(check.Global.Statistic), Format.Count(check.Global.DegreesOfFreedom), Format.P(check.Global.P)], IsHeader: false))
            .ToArray();
        var smallest = check.Terms.OrderBy(t => t.Test.P).First();
        var figures = check.Terms.Select((t, i) =>
        {
            var data = SchoenfeldFigureBuilder.From(check, t);
            return new SchoenfeldFigureView(i + 1, data.Name, MarkdownText.Escape(t.Label), Format.Fixed(t.Coefficient, 3), Format.Fixed(Math.Exp(t.Coefficient), 2), Format.PInText(t.Test.P), data);
        }).ToArray();
        return new ProportionalHazardsView(
            true,
            new TableView("Proportional-hazards tests (cox.zph, Kaplan–Meier time scale)", columns, rows, []),
            check.Ties == Survival.Cox.TieMethod.Breslow ? "Breslow" : "Efron",
            Format.Count(check.EventTimes.Count),
            $"{AppendixNames.InText(results.Paper.Plan, smallest.FactorKey)}, {Format.PInText(smallest.Test.P)}",
            $"χ² = {RobustnessFormat.ChiSquare(check.Global.Statistic)} on {Format.Count(check.Global.DegreesOfFreedom)} df, {Format.PInText(check.Global.P)}",
            TextList.Join(check.Terms.Where(t => t.Test.P <= results.Profile.SignificanceLevel).Select(t => AppendixNames.InText(results.Paper.Plan, t.FactorKey)).ToArray()),
            significance,
            figures);
    }
}

/// <summary>One residual plot with its caption numbers.</summary>
/// <param name="Number">Plot number within the appendix (A1, A2, …).</param>
/// <param name="File">File stem under <c>figures/</c>.</param>
/// <param name="Label">The term's label.</param>
/// <param name="Coefficient">β̂.</param>
/// <param name="HazardRatio">exp(β̂).</param>
/// <param name="Test">The term's test as running text.</param>
/// <param name="Data">What the plotter draws.</param>
public sealed record SchoenfeldFigureView(int Number, string File, string Label, string Coefficient, string HazardRatio, string Test, SchoenfeldFigure Data);
