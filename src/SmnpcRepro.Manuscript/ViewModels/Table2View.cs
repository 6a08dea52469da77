using SmnpcRepro.Analysis;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>
/// Table 2 in the paper's layout and precision: a header line per factor, then its comparison with the
/// univariate Cox HR (95% CI) and Wald p, the log-rank p (which the Methods name as the univariate test,
/// so it is shown and labelled), and the multivariate HR and p for factors the selection rule let in.
/// </summary>
public static class Table2View
{
    /// <summary>Builds the table from <paramref name="results"/>.</summary>
    public static TableView From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<TableRowView>();
        var infinite = false;
        var incomplete = new List<string>();
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
                multiHr = Format.MultivariateHazardRatio(multivariate.HazardRatio, multivariate.ConfidenceInterval.Lower, multivariate.ConfidenceInterval.Upper) + m;
                multiP = Format.P(multivariate.P) + (multivariate.P <= results.Profile.SignificanceLevel ? "*" : string.Empty);
            }

            var f = u.Factor;
            var direction = f.Coding == SmnpcRepro.Analysis.Factors.FactorCoding.Ordinal
                ? "per step"
                : $"{f.Groups[f.ExposureGroup]} vs {f.Groups[f.ReferenceGroup]}";
            rows.Add(new TableRowView(
                $"{f.Comparison} <small>(HR {direction})</small>",
                [
                    Format.UnivariateHazardRatio(c.HazardRatio, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper) + mark,
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
        if (incomplete.Count > 0)
        {
            var model = results.Multivariate.Fit is { } fit ? $" The multivariate model uses the {Format.Count(fit.RowCount)} patients with every entered factor observed." : string.Empty;
            notes.Add($"Missing values ({string.Join("; ", incomplete)}): each analysis is complete-case, on the n shown beside the factor.{model}");
        }

        if (infinite)
        {
            notes.Add("† Monotone likelihood: the estimate runs to infinity and the printed HR is not finite in truth; see the Firth-penalized estimates.");
        }

        notes.Add(Abbreviations(results));
        return new TableView(
            "Table 2 Univariate and Multivariate Analysis of Variables for SMNPC",
            ["Characteristics", "Univariate HR (95% CI)", "P value", "Log-rank P", "Multivariate HR (95% CI)", "P value"],
            rows,
            notes);
    }

    /// <summary>The footnote's abbreviations: each factor's, in row order, each once.</summary>
    private static string Abbreviations(PaperResults results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = results.Univariate.SelectMany(u => u.Factor.Abbreviations).Where(a => seen.Add(a.Short)).Select(a => $"{a.Short}, {a.Meaning}");
        return "Abbreviations: " + string.Join("; ", all) + ".";
    }
}
