using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.ViewModels.Appendix;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>
/// Table 2 in the paper's layout and precision: a header line per factor, then its comparison with the
/// univariate Cox HR (95% CI) and Wald p, the log-rank p (which the Methods name as the univariate test,
/// so it is shown and labelled), and the multivariate HR and p for factors the selection rule let in.
/// </summary>
public static class Table2View
{
    /// <summary>The mark of a fragile estimate (<see cref="FragilityRule"/>).</summary>
    public const string FragileMark = "‡";

    /// <summary>Builds the table from <paramref name="results"/>, marking the <paramref name="fragile"/> estimates (none when not given).</summary>
    public static TableView From(PaperResults results, IReadOnlyList<FragileEstimate>? fragile = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return From(results, fragile, new NumberList(results.Profile));
    }

    /// <summary>
    /// Builds the table, recording each number in <paramref name="numbers"/> as it is formatted: per estimate
    /// <c>table2.&lt;key&gt;.univariate.hr</c>, <c>.ci_low</c>, <c>.ci_high</c>, <c>.p</c>, the factor's
    /// <c>table2.&lt;key&gt;.log_rank.p</c>, and the multivariate ones for factors in the model.
    /// </summary>
    internal static TableView From(PaperResults results, IReadOnlyList<FragileEstimate>? fragile, NumberList numbers)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(numbers);
        fragile ??= [];
        string Fragile(string key, Table2Column column) => fragile.Any(e => e.FactorKey == key && e.Column == column) ? FragileMark : string.Empty;
        var cells = new Table2Cells(results, numbers);
        var rows = new List<TableRowView>();
        var infinite = false;
        var incomplete = new List<string>();
        var categorical = false;
        foreach (var u in results.Univariate)
        {
            // A factor with missing values is analysed complete-case: its row says on how many patients.
            var n = u.Cox.RowCount;
            var label = n < results.Patients ? $"{u.Factor.Label} (n={Format.Count(n)})" : u.Factor.Label;
            if (n < results.Patients)
            {
                incomplete.Add($"{u.Factor.Label}: {Format.Count(results.Patients - n)} missing");
            }

            rows.Add(new TableRowView(label, ["", "", "", "", ""], IsHeader: true));
            if (!u.Factor.IsSingleContrast)
            {
                categorical = true;
                infinite |= CategoricalRows(rows, results, u, cells, Fragile);
                continue;
            }

            var f = u.Factor;
            var c = u.Coefficient;
            infinite |= c.MayBeInfinite;
            var univariateHr = cells.UnivariateHr(f.Key, f.Label, c) + (c.MayBeInfinite ? "†" : string.Empty) + Fragile(f.Key, Table2Column.Univariate);
            var univariateP = cells.P(PrintedIds.Table2(f.Key, "univariate", "p"), $"Table 2, {f.Label}, univariate P", c.P, decidesEntry: !cells.ByLogRank);
            var logRankP = cells.P($"table2.{f.Key}.log_rank.p", $"Table 2, {f.Label}, log-rank P", u.LogRankP, decidesEntry: cells.ByLogRank);
            var multiHr = string.Empty;
            var multiP = string.Empty;
            if (results.Multivariate.Coefficient(f.Key) is { } m)
            {
                infinite |= m.MayBeInfinite;
                multiHr = cells.MultivariateHr(f.Key, f.Label, m) + (m.MayBeInfinite ? "†" : string.Empty) + Fragile(f.Key, Table2Column.Multivariate);
                multiP = cells.StarredP(PrintedIds.Table2(f.Key, "multivariate", "p"), $"Table 2, {f.Label}, multivariate P", m.P);
            }

            var direction = f.Coding == SmnpcRepro.Analysis.Factors.FactorCoding.Ordinal
                ? "per step"
                : $"{f.Groups[f.ExposureGroup]} vs {f.Groups[f.ReferenceGroup]}";
            rows.Add(new TableRowView($"{f.Comparison} <small>(HR {direction})</small>", [univariateHr, univariateP, logRankP, multiHr, multiP], IsHeader: false));
        }

        var notes = new List<string>
        {
            $"Note: *Indicated statistical significance (P values ≤ {Format.Number(results.Profile.SignificanceLevel)}).",
            "Univariate HR and P: Cox model of the factor alone (Wald test); the small print says which group's hazard is the numerator, or that a three-level factor is scored 0, 1, 2 (one HR per step). Log-rank P: the log-rank test across the factor's groups, which the Methods name as the univariate test and which decides entry into the multivariate model (P ≤ " + Format.Number(results.Profile.EntryThreshold) + ").",
            "Multivariate: one Cox model of every factor the rule let in; all are shown (the paper left blank those not significant).",
        };
        if (categorical)
        {
            notes.Add("A categorical factor (coding: categorical in data/study.yaml) has one HR per group against its reference group, each with its Wald P; the P values on its comparison line are the Wald test of all its groups together (k − 1 df) and the log-rank test.");
        }

        if (incomplete.Count > 0)
        {
            var model = results.Multivariate.Fit is { } fit ? $" The multivariate model uses the {Format.Count(fit.RowCount)} patients with every entered factor observed." : string.Empty;
            notes.Add($"Missing values ({string.Join("; ", incomplete)}): each analysis is complete-case, on the n shown beside the factor.{model}");
        }

        if (infinite)
        {
            notes.Add("† Monotone likelihood: the estimate runs to infinity and the printed HR is not finite in truth; see the Firth-penalized estimates.");
        }

        if (fragile.Count > 0)
        {
            notes.Add(FragileNote(fragile, FragilityRule.Table2));
        }

        notes.Add(Abbreviations(results));
        return new TableView(
            "Table 2 Univariate and Multivariate Analysis of Variables for SMNPC",
            ["Characteristics", "Univariate HR (95% CI)", "P value", "Log-rank P", "Multivariate HR (95% CI)", "P value"],
            rows,
            notes);
    }

    /// <summary>
    /// A categorical factor's rows: its comparison line with the joint Wald P (univariate and, when it entered,
    /// multivariate) and the log-rank P, then one row per group against the reference. Returns whether any
    /// estimate may be infinite.
    /// </summary>
    private static bool CategoricalRows(List<TableRowView> rows, PaperResults results, UnivariateResult u, Table2Cells cells, Func<string, Table2Column, string> fragile)
    {
        var f = u.Factor;
        var where = $"Table 2, {f.Label}";
        var univariateP = cells.P(PrintedIds.Table2(f.Key, "univariate", "p"), $"{where}, univariate P (all groups)", u.P, decidesEntry: !cells.ByLogRank);
        var logRankP = cells.P($"table2.{f.Key}.log_rank.p", $"{where}, log-rank P", u.LogRankP, decidesEntry: cells.ByLogRank);
        var multivariateP = results.Multivariate.FactorTest(f) is { } test ? cells.StarredP(PrintedIds.Table2(f.Key, "multivariate", "p"), $"{where}, multivariate P (all groups)", test.P) : string.Empty;
        rows.Add(new TableRowView(
            $"{f.Comparison} <small>(each vs {f.Groups[f.ReferenceGroup]}; P of all groups)</small>",
            ["", univariateP, logRankP, "", multivariateP],
            IsHeader: false));
        var infinite = false;
        foreach (var e in u.Estimates)
        {
            var (key, label, c) = (e.Contrast.Key, e.Contrast.Label, e.Coefficient);
            infinite |= c.MayBeInfinite;
            var hr = cells.UnivariateHr(key, label, c) + (c.MayBeInfinite ? "†" : string.Empty) + fragile(key, Table2Column.Univariate);
            var p = cells.P(PrintedIds.Table2(key, "univariate", "p"), $"Table 2, {label}, univariate P", c.P, decidesEntry: false);
            var multiHr = string.Empty;
            var multiP = string.Empty;
            if (results.Multivariate.Coefficient(key) is { } m)
            {
                infinite |= m.MayBeInfinite;
                multiHr = cells.MultivariateHr(key, label, m) + (m.MayBeInfinite ? "†" : string.Empty) + fragile(key, Table2Column.Multivariate);
                multiP = cells.StarredP(PrintedIds.Table2(key, "multivariate", "p"), $"Table 2, {label}, multivariate P", m.P);
            }

            rows.Add(new TableRowView($"&nbsp;&nbsp;{f.Groups[e.Contrast.Group]} vs {f.Groups[f.ReferenceGroup]}", [hr, p, string.Empty, multiHr, multiP], IsHeader: false));
        }

        return infinite;
    }

    /// <summary>Table 2's cells as the paper prints them, each number recorded under its id as it is formatted.</summary>
    private sealed class Table2Cells(PaperResults results, NumberList numbers)
    {
        public bool ByLogRank { get; } = results.Multivariate.Rule.Test == SmnpcRepro.Analysis.Multivariate.SelectionTest.LogRank;

        /// <summary>"1.749(0.603, 5.067)" (<see cref="Format.UnivariateHazardRatio"/>).</summary>
        public string UnivariateHr(string key, string label, CoxCoefficient c)
        {
            var (hr, low, high) = Estimate(key, "univariate", $"Table 2, {label}, univariate", c, Format.UnivariateHazardRatioPart, Format.UnivariateHazardRatioPart);
            return $"{hr}({low}, {high})";
        }

        /// <summary>"2.58(1.203–5.544)" (<see cref="Format.MultivariateHazardRatio"/>).</summary>
        public string MultivariateHr(string key, string label, CoxCoefficient c)
        {
            var (hr, low, high) = Estimate(key, "multivariate", $"Table 2, {label}, multivariate", c, Format.MultivariateHazardRatioEstimate, Format.MultivariateHazardRatioBound);
            return $"{hr}({low}–{high})";
        }

        public string P(string id, string where, double p, bool decidesEntry) => numbers.PrintP(id, where, Format.P(p), p, decidesEntry);

        /// <summary>A multivariate P with its star when significant.</summary>
        public string StarredP(string id, string where, double p) =>
            numbers.PrintP(id, where, Format.P(p), p) + (p <= results.Profile.SignificanceLevel ? "*" : string.Empty);

        private (string Hr, string Low, string High) Estimate(string term, string column, string where, CoxCoefficient c, Func<double, string> estimate, Func<double, string> bound) =>
            (numbers.Print(PrintedIds.Table2(term, column, "hr"), where + " HR", estimate(c.HazardRatio), c.HazardRatio),
             numbers.Print(PrintedIds.Table2(term, column, "ci_low"), where + " HR, lower 95% limit", bound(c.ConfidenceInterval.Lower), c.ConfidenceInterval.Lower),
             numbers.Print(PrintedIds.Table2(term, column, "ci_high"), where + " HR, upper 95% limit", bound(c.ConfidenceInterval.Upper), c.ConfidenceInterval.Upper));
    }

    /// <summary>The footnote's abbreviations: each factor's, in row order, each once.</summary>
    private static string Abbreviations(PaperResults results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = results.Univariate.SelectMany(u => u.Factor.Abbreviations).Where(a => seen.Add(a.Short)).Select(a => $"{a.Short}, {a.Meaning}");
        return "Abbreviations: " + string.Join("; ", all) + ".";
    }

    /// <summary>The footnote of the fragile marks: the rule, from <paramref name="rule"/>, then each marked estimate and why.</summary>
    public static string FragileNote(IReadOnlyList<FragileEstimate> fragile, FragilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(fragile);
        ArgumentNullException.ThrowIfNull(rule);
        var items = fragile.Select(e => $"{e.Label} ({(e.Column == Table2Column.Univariate ? "univariate" : "multivariate")}): {Why(e)}");
        return $"{FragileMark} Fragile estimate, to be read with caution: its model has fewer than {Format.Number(rule.MinimumEventsPerVariable)} events per variable, "
            + $"its 95% CI's upper bound is more than {Format.Number(rule.WideIntervalRatio)} times its lower, its likelihood is monotone, or the Firth-penalized HR "
            + $"differs from it by more than {FirthView.ShiftRule(rule.Instability)} (robustness appendix, section 2). Marked: {string.Join("; ", items)}.";
    }

    /// <summary>Why one estimate is fragile, in words with its figures ("3.2 events per variable; CI ratio 182").</summary>
    public static string Why(FragileEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var why = new List<string>();
        if (estimate.Reasons.HasFlag(FragilityReasons.FewEventsPerVariable))
        {
            why.Add($"{Format.Fixed(estimate.EventsPerVariable, 1)} events per variable");
        }

        if (estimate.Reasons.HasFlag(FragilityReasons.WideInterval))
        {
            why.Add($"upper/lower CI ratio {RobustnessFormat.Wide(estimate.IntervalRatio)}");
        }

        if (estimate.Reasons.HasFlag(FragilityReasons.MonotoneLikelihood))
        {
            why.Add("monotone likelihood");
        }

        if (estimate.Reasons.HasFlag(FragilityReasons.LargePenaltyShift) && estimate.FirthRatio is { } ratio)
        {
            why.Add($"Firth moves the HR {RobustnessFormat.Change(ratio)}");
        }

        return string.Join(", ", why);
    }
}
