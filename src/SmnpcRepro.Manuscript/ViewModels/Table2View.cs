using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Manuscript.Formatting;
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
        fragile ??= [];
        string Fragile(string key, Table2Column column) => fragile.Any(e => e.FactorKey == key && e.Column == column) ? FragileMark : string.Empty;
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
                infinite |= CategoricalRows(rows, results, u, Fragile);
                continue;
            }

            var c = u.Coefficient;
            var mark = c.MayBeInfinite ? "†" : string.Empty;
            infinite |= c.MayBeInfinite;
            var multivariate = results.Multivariate.Coefficient(u.Factor.Key);
            var multiHr = string.Empty;
            var multiP = string.Empty;
            if (multivariate is not null)
            {
                var m = multivariate.MayBeInfinite ? "†" : string.Empty;
                infinite |= multivariate.MayBeInfinite;
                multiHr = MultivariateHr(multivariate) + m + Fragile(u.Factor.Key, Table2Column.Multivariate);
                multiP = Starred(multivariate.P, results);
            }

            var f = u.Factor;
            var direction = f.Coding == SmnpcRepro.Analysis.Factors.FactorCoding.Ordinal
                ? "per step"
                : $"{f.Groups[f.ExposureGroup]} vs {f.Groups[f.ReferenceGroup]}";
            rows.Add(new TableRowView(
                $"{f.Comparison} <small>(HR {direction})</small>",
                [
                    UnivariateHr(c) + mark + Fragile(u.Factor.Key, Table2Column.Univariate),
                    Format.P(c.P),
                    Format.P(u.LogRankP),
                    multiHr,
                    multiP,
                ],
                IsHeader: false));
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
    private static bool CategoricalRows(List<TableRowView> rows, PaperResults results, UnivariateResult u, Func<string, Table2Column, string> fragile)
    {
        var f = u.Factor;
        var multivariate = results.Multivariate.FactorTest(f);
        rows.Add(new TableRowView(
            $"{f.Comparison} <small>(each vs {f.Groups[f.ReferenceGroup]}; P of all groups)</small>",
            ["", Format.P(u.P), Format.P(u.LogRankP), "", multivariate is null ? string.Empty : Starred(multivariate.P, results)],
            IsHeader: false));
        var infinite = false;
        var inModel = results.Multivariate.Estimates(f);
        foreach (var e in u.Estimates)
        {
            var c = e.Coefficient;
            infinite |= c.MayBeInfinite;
            var m = inModel.FirstOrDefault(x => x.Contrast.Key == e.Contrast.Key)?.Coefficient;
            infinite |= m?.MayBeInfinite ?? false;
            rows.Add(new TableRowView(
                $"&nbsp;&nbsp;{f.Groups[e.Contrast.Group]} vs {f.Groups[f.ReferenceGroup]}",
                [
                    UnivariateHr(c) + (c.MayBeInfinite ? "†" : string.Empty) + fragile(e.Contrast.Key, Table2Column.Univariate),
                    Format.P(c.P),
                    string.Empty,
                    m is null ? string.Empty : MultivariateHr(m) + (m.MayBeInfinite ? "†" : string.Empty) + fragile(e.Contrast.Key, Table2Column.Multivariate),
                    m is null ? string.Empty : Starred(m.P, results),
                ],
                IsHeader: false));
        }

        return infinite;
    }

    private static string UnivariateHr(CoxCoefficient c) =>
        Format.UnivariateHazardRatio(c.HazardRatio, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper);

    private static string MultivariateHr(CoxCoefficient c) =>
        Format.MultivariateHazardRatio(c.HazardRatio, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper);

    private static string Starred(double p, PaperResults results) =>
        Format.P(p) + (p <= results.Profile.SignificanceLevel ? "*" : string.Empty);

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
