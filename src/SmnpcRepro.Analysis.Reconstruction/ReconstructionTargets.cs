using System.Globalization;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Every published survival result the search aims at, read through the catalogue of printed numbers: each
/// published number the catalogue matches to one survival result of the rebuilt paper (<see cref="SurvivalQuantities"/>)
/// is a target — Table 2's univariate and multivariate columns, the text's P values, the Kaplan–Meier medians —
/// and the selection of the multivariate model's factors is held by thresholds. No path or number is typed here;
/// weights follow <see cref="TargetJudgements"/>. The Abstract repeats the body's numbers, which are fitted where
/// the body prints them; a bound ("p&gt;0.1") is a claim the audit checks, not a value to fit.
/// </summary>
public static class ReconstructionTargets
{
    /// <summary>Reads the targets from <paramref name="paper"/> through <paramref name="catalogue"/>, under the paper's plan.</summary>
    /// <exception cref="KeyNotFoundException">A threshold the selection targets need is not in the file.</exception>
    public static IReadOnlyList<ReconstructionTarget> From(PublishedPaper paper, PrintedNumberCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(catalogue);
        var quantities = SurvivalQuantities.ById();
        var printed = new List<ReconstructionTarget>();
        foreach (var number in PublishedNumbers.Read(paper))
        {
            if (number.Section == PaperSection.Abstract || number.Printed.Relation != PrintedRelation.Equal)
            {
                continue;
            }

            foreach (var match in catalogue.Match(number, PaperPlan.Compiled))
            {
                if (match.Reason is null && match.Ids is [var id] && quantities.TryGetValue(id, out var quantity))
                {
                    printed.Add(Target(number, match, id, quantity));
                }
            }
        }

        // The report's groups, each in published.yaml's order (a stable sort).
        var targets = printed.OrderBy(t => t.Section).ToList();
        AddSelection(targets, paper);
        return targets;
    }

    private static ReconstructionTarget Target(PublishedNumber number, CatalogueMatch match, string id, PaperQuantity quantity)
    {
        var section = SectionOf(number, quantity);
        var location = number.Source + (section == TargetSection.Multivariate ? " (multivariate)" : string.Empty);
        var label = section is TargetSection.Table2Univariate or TargetSection.Multivariate || match.Label is null
            ? SurvivalQuantities.Label(quantity)
            : match.Label;
        var (weight, reason) = TargetJudgements.For(number.Path);
        return new ReconstructionTarget(section, label, quantity, TargetRelation.Equal, (double)number.Printed.Value, number.Printed.Decimals,
            weight * TargetJudgements.Emphasis(section, quantity.Kind), number.Path, location, reason)
        { Id = id };
    }

    /// <summary>Table 2's cells by their column; a median wherever it is printed; the text's P values.</summary>
    private static TargetSection SectionOf(PublishedNumber number, PaperQuantity quantity) =>
        number.Section == PaperSection.Table2
            ? quantity.Kind >= MetricKind.MultivariateHazardRatio ? TargetSection.Multivariate : TargetSection.Table2Univariate
            : quantity.Kind is MetricKind.OverallMedian or MetricKind.GroupMedian ? TargetSection.Medians : TargetSection.Text;

    private static void AddSelection(List<ReconstructionTarget> targets, PublishedPaper paper)
    {
        const string model = "table2.multivariate_model_covariates_per_text";
        var entered = new List<string>();
        for (var i = 0; paper.Has(string.Create(CultureInfo.InvariantCulture, $"{model}.implied.{i}")); i++)
        {
            entered.Add(paper.Text(string.Create(CultureInfo.InvariantCulture, $"{model}.implied.{i}")));
        }

        var entry = paper.Number("meta.p_entry_multivariate.value");
        var entryDecimals = PrintedDecimals.Decimals(paper.Text("meta.p_entry_multivariate.printed"));
        var entryLocation = paper.Text("meta.p_entry_multivariate.source") + "; " + paper.Text($"{model}.source");
        foreach (var factor in PaperFactors.All)
        {
            var enters = entered.Contains(factor.Key, StringComparer.Ordinal);
            targets.Add(new ReconstructionTarget(TargetSection.Selection,
                $"{factor.Label}: {(enters ? "enters" : "stays out of")} the multivariate model (log-rank p)",
                new PaperQuantity(MetricKind.LogRankP, factor.Key), enters ? TargetRelation.AtMost : TargetRelation.Above,
                entry, entryDecimals, TargetJudgements.Selection, enters ? $"{model}.implied" : "meta.p_entry_multivariate.value", entryLocation, string.Empty)
            { Id = PrintedIds.UnivariateP(factor.Key) });
        }

        const string significant = "text.results_survival.multivariate_p_text";
        var level = paper.Number("meta.p_significance.value");
        var levelDecimals = PrintedDecimals.Decimals(paper.Text("meta.p_significance.printed"));
        foreach (var key in entered)
        {
            var factor = PaperFactors.ByKey(key);
            var isSignificant = paper.Has($"{significant}.values.{key}.value");
            targets.Add(new ReconstructionTarget(TargetSection.Selection,
                $"{factor.Label}: {(isSignificant ? "significant" : "not significant")} in the multivariate model",
                new PaperQuantity(MetricKind.MultivariateP, key), isSignificant ? TargetRelation.AtMost : TargetRelation.Above,
                level, levelDecimals, TargetJudgements.Significance, isSignificant ? $"{significant}.values.{key}" : significant,
                paper.Text($"{significant}.source"), string.Empty)
            { Id = PrintedIds.Table2(key, "multivariate", "p") });
        }
    }
}
