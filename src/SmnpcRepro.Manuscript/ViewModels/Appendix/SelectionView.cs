using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 5: the bootstrap of the selection procedure.</summary>
/// <param name="Resamples">Resamples ("1,000").</param>
/// <param name="Seed">The seed.</param>
/// <param name="Rule">The screening rule in words.</param>
/// <param name="Ties">The multivariate fits' tie method.</param>
/// <param name="SignificanceLevel">The level behind the "significant" column.</param>
/// <param name="Factors">One row per candidate factor.</param>
/// <param name="Fitted">Resamples with a converged, finite model.</param>
/// <param name="NotFinite">Resamples whose model diverged.</param>
/// <param name="NoFactorSelected">Resamples where nothing passed.</param>
/// <param name="Failed">Resamples where no model could be fitted.</param>
/// <param name="Constant">Factors that were constant in some resamples, with counts, in words ("none").</param>
/// <param name="OriginalModel">The data's own selected set, in words.</param>
/// <param name="OriginalModelShare">How often exactly that set was selected ("44 (4.4%)").</param>
/// <param name="DistinctModels">Different sets selected.</param>
/// <param name="Models">The most frequent sets.</param>
/// <param name="ModelSizes">Resamples by number of factors selected, in words.</param>
public sealed record SelectionView(
    string Resamples,
    string Seed,
    string Rule,
    string Ties,
    string SignificanceLevel,
    TableView Factors,
    string Fitted,
    string NotFinite,
    string NoFactorSelected,
    string Failed,
    string Constant,
    string OriginalModel,
    string OriginalModelShare,
    string DistinctModels,
    TableView Models,
    string ModelSizes)
{
    /// <summary>What a factor's bootstrap HR cells say when it never had a finite HR in a resample.</summary>
    public const string NoFiniteHazardRatio = "no finite HR";

    /// <summary>What a categorical factor's bootstrap HR cells say (it has one HR per group against its reference).</summary>
    public const string CategoricalCell = "categorical";

    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static SelectionView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var s = results.Selection;
        var n = s.Resamples;
        var categorical = s.Factors.Where(f => results.Paper.Plan.Factor(f.FactorKey) is { IsSingleContrast: false }).Select(f => f.FactorKey).ToHashSet(StringComparer.Ordinal);
        var rows = s.Factors.Select(f => new TableRowView(
            MarkdownText.Escape(f.Label),
            categorical.Contains(f.FactorKey)
                ? [f.EnteredOriginally ? "entered" : string.Empty, RobustnessFormat.Share(f.Selected, n), RobustnessFormat.Share(f.Significant, n), CategoricalCell, CategoricalCell, CategoricalCell, CategoricalCell]
                : [
                    f.EnteredOriginally ? "entered" : string.Empty,
                    RobustnessFormat.Share(f.Selected, n),
                    RobustnessFormat.Share(f.Significant, n),
                    Format.Count(f.Estimated),
                    f.Estimated == 0 ? NoFiniteHazardRatio : RobustnessFormat.HazardRatio(f.MedianHazardRatio, f.Lower, f.Upper),
                    f.Estimated == 0 ? NoFiniteHazardRatio : RobustnessFormat.Share(f.AboveOne, f.Estimated),
                    f.EnteredOriginally ? Format.Fixed(f.OriginalHazardRatio, 2) : string.Empty,
                ],
            IsHeader: false)).ToArray();
        IReadOnlyList<string> notes = categorical.Count == 0
            ? []
            : [$"{CategoricalCell}: a categorical factor has one HR per group against its reference, so no single bootstrap HR; it counts as significant when the Wald test of all its groups together gives p ≤ {Format.Number(s.SignificanceLevel)}."];
        var models = s.Models.Take(5).Select((m, i) => new TableRowView(
            Format.Count(i + 1),
            [m.FactorKeys.Count == 0 ? "none" : string.Join(" + ", m.FactorKeys.Select(k => AppendixNames.InText(results.Paper.Plan, k))), Format.Count(m.Count), RobustnessFormat.Share(m.Count, n)],
            IsHeader: false)).ToArray();
        var original = s.Factors.Where(f => f.EnteredOriginally).Select(f => AppendixNames.InText(results.Paper.Plan, f.FactorKey)).ToArray();
        var constant = s.Factors.Where(f => f.Constant > 0).Select(f => $"{AppendixNames.InText(results.Paper.Plan, f.FactorKey)} {Format.Count(f.Constant)}").ToArray();
        return new SelectionView(
            RobustnessFormat.Thousands(n),
            s.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{(s.Rule.Test == SelectionTest.LogRank ? "log-rank" : "univariate Cox Wald")} p ≤ {Format.Number(s.Rule.Threshold)}",
            s.Ties == Survival.Cox.TieMethod.Breslow ? "Breslow" : "Efron",
            Format.Number(s.SignificanceLevel),
            new TableView(
                "Selection frequency and bootstrap distribution of the multivariate HR",
                ["Factor", "On the data", "Selected", $"Selected and p ≤ {Format.Number(s.SignificanceLevel)}", "Finite HRs", "Bootstrap HR: median (2.5th–97.5th percentile)", "HR > 1", "HR on the data"],
                rows,
                notes),
            Counted(s.Fitted, n),
            Counted(s.NotFinite, n),
            Counted(s.NoFactorSelected, n),
            Counted(s.Failed, n),
            constant.Length == 0 ? "none" : TextList.Join(constant),
            original.Length == 0 ? "no factor" : TextList.Join(original),
            Counted(s.OriginalModelCount, n),
            RobustnessFormat.Thousands(s.DistinctModels),
            new TableView("The most frequent selections", ["Rank", "Factors selected", "Resamples", "Share"], models, []),
            string.Join("; ", s.ModelSizes.Select((count, size) => $"{Format.Count(size)}: {Format.Count(count)}")));
    }

    private static string Counted(int count, int total) => $"{RobustnessFormat.Thousands(count)} ({RobustnessFormat.Share(count, total)})";
}
