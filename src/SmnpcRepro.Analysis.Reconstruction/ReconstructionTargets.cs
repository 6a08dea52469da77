using System.Globalization;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Every published survival result the search aims at, read from published.yaml (no number typed here):
/// Table 2's univariate and multivariate columns, the text's p-values, the Kaplan–Meier medians, and the
/// selection of the multivariate model's factors. Weights follow <see cref="TargetJudgements"/>.
/// </summary>
public static class ReconstructionTargets
{
    /// <summary>The surgical groups as the text keys its medians, in the factor's group order.</summary>
    private static readonly string[] SurgicalGroupKeys = ["en_bloc", "piecemeal", "debulking"];

    /// <summary>Reads the targets from <paramref name="paper"/>.</summary>
    /// <exception cref="KeyNotFoundException">A number the targets need is not in the file.</exception>
    public static IReadOnlyList<ReconstructionTarget> From(PublishedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var targets = new List<ReconstructionTarget>();
        foreach (var factor in PaperFactors.All)
        {
            AddCoxRow(targets, paper, factor, "univariate", TargetSection.Table2Univariate, MetricKind.HazardRatio);
        }

        AddText(targets, paper);
        AddMedians(targets, paper);
        foreach (var factor in PaperFactors.All.Where(f => paper.Has($"table2.rows.{f.Key}.multivariate.printed")))
        {
            AddCoxRow(targets, paper, factor, "multivariate", TargetSection.Multivariate, MetricKind.MultivariateHazardRatio);
        }

        AddSelection(targets, paper);
        return targets;
    }

    private static void AddCoxRow(List<ReconstructionTarget> targets, PublishedPaper paper, PrognosticFactor factor, string column, TargetSection section, MetricKind hazardRatio)
    {
        var row = $"table2.rows.{factor.Key}";
        var at = $"{row}.{column}";
        var location = paper.Text($"{row}.source") + (column == "multivariate" ? " (multivariate)" : string.Empty);
        var printed = PrintedDecimals.Parse(paper.Text($"{at}.printed"));
        if (printed.Count != 3)
        {
            throw new InvalidDataException($"{paper.Source}: '{at}.printed' should print an HR and its interval.");
        }

        var offset = hazardRatio - MetricKind.HazardRatio;
        string[] fields = ["hr", "ci_low", "ci_high"];
        string[] names = ["HR", "95% CI lower", "95% CI upper"];
        for (var k = 0; k < 3; k++)
        {
            targets.Add(Target(paper, section, $"{factor.Label}: {names[k]}", new PaperQuantity(MetricKind.HazardRatio + k + offset, factor.Key),
                $"{at}.{fields[k]}", printed[k].Decimals, location));
        }

        targets.Add(Target(paper, section, $"{factor.Label}: p", new PaperQuantity(MetricKind.WaldP + offset, factor.Key),
            $"{at}.p", PrintedDecimals.Decimals(paper.Text($"{at}.p_printed")), location));
    }

    private static void AddText(List<ReconstructionTarget> targets, PublishedPaper paper)
    {
        const string univariate = "text.results_survival.univariate_p_text";
        var location = paper.Text($"{univariate}.source");
        foreach (var factor in PaperFactors.All.Where(f => paper.Has($"{univariate}.values.{f.Key}.value")))
        {
            var at = $"{univariate}.values.{factor.Key}";
            targets.Add(Target(paper, TargetSection.Text, $"{factor.Label}: log-rank p", new PaperQuantity(MetricKind.LogRankP, factor.Key),
                $"{at}.value", PrintedDecimals.Decimals(paper.Text($"{at}.printed")), location));
        }

        const string multivariate = "text.results_survival.multivariate_p_text";
        foreach (var factor in PaperFactors.All.Where(f => paper.Has($"{multivariate}.values.{f.Key}.value")))
        {
            var at = $"{multivariate}.values.{factor.Key}";
            targets.Add(Target(paper, TargetSection.Text, $"{factor.Label}: multivariate p", new PaperQuantity(MetricKind.MultivariateP, factor.Key),
                $"{at}.value", PrintedDecimals.Decimals(paper.Text($"{at}.printed")), paper.Text($"{multivariate}.source")));
        }

        targets.Add(Discussion(paper, "disc_spine_count_p", "value", "Count of SMNPC: p", new PaperQuantity(MetricKind.WaldP, "spine_mets_count")));
        targets.Add(Discussion(paper, "disc_kps_medians", "p", "Preoperative KPS: p", new PaperQuantity(MetricKind.WaldP, "kps_preop")));
        targets.Add(Discussion(paper, "disc_ki67", "p", "Ki67: p", new PaperQuantity(MetricKind.LogRankP, "ki67")));
        targets.Add(Discussion(paper, "disc_tes", "p", "Surgical option: multivariate p", new PaperQuantity(MetricKind.MultivariateP, "surgical_option")));
        targets.Add(Discussion(paper, "disc_tes", "ci_low", "Surgical option: multivariate 95% CI lower", new PaperQuantity(MetricKind.MultivariateLower, "surgical_option")));
        targets.Add(Discussion(paper, "disc_tes", "ci_high", "Surgical option: multivariate 95% CI upper", new PaperQuantity(MetricKind.MultivariateUpper, "surgical_option")));
    }

    private static ReconstructionTarget Discussion(PublishedPaper paper, string key, string field, string label, PaperQuantity quantity)
    {
        var at = $"text.discussion.{key}";
        return Target(paper, TargetSection.Text, label, quantity, $"{at}.{field}", PrintedDecimals.Decimals(paper.Text($"{at}.{field}")), paper.Text($"{at}.source"));
    }

    private static void AddMedians(List<ReconstructionTarget> targets, PublishedPaper paper)
    {
        const string overall = "text.results_survival.os_median";
        targets.Add(Target(paper, TargetSection.Medians, "Overall survival: median (months)", new PaperQuantity(MetricKind.OverallMedian),
            $"{overall}.value", PrintedDecimals.Decimals(paper.Text($"{overall}.value")), paper.Text($"{overall}.source")));

        const string groups = "text.results_survival.group_median_os";
        var surgical = PaperFactors.ByKey("surgical_option");
        for (var g = 0; g < SurgicalGroupKeys.Length; g++)
        {
            var at = $"{groups}.values.{SurgicalGroupKeys[g]}";
            targets.Add(Target(paper, TargetSection.Medians, $"{surgical.Label}, {surgical.Groups[g]}: median (months)", new PaperQuantity(MetricKind.GroupMedian, surgical.Key, g),
                $"{at}.value", PrintedDecimals.Decimals(paper.Text($"{at}.printed")), paper.Text($"{groups}.source")));
        }

        const string kps = "text.discussion.disc_kps_medians";
        var factor = PaperFactors.ByKey("kps_preop");
        foreach (var (field, group) in new[] { ("kps_ge80_median", 1), ("kps_lt80_median", 0) })
        {
            targets.Add(Target(paper, TargetSection.Medians, $"{factor.Label} {factor.Groups[group]}: median (months)", new PaperQuantity(MetricKind.GroupMedian, factor.Key, group),
                $"{kps}.{field}", PrintedDecimals.Decimals(paper.Text($"{kps}.{field}")), paper.Text($"{kps}.source")));
        }
    }

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
                entry, entryDecimals, TargetJudgements.Selection, enters ? $"{model}.implied" : "meta.p_entry_multivariate.value", entryLocation, string.Empty));
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
                paper.Text($"{significant}.source"), string.Empty));
        }
    }

    private static ReconstructionTarget Target(PublishedPaper paper, TargetSection section, string label, PaperQuantity quantity, string path, int decimals, string location)
    {
        var (weight, reason) = TargetJudgements.For(path);
        return new ReconstructionTarget(section, label, quantity, TargetRelation.Equal, paper.Number(path), decimals,
            weight * TargetJudgements.Emphasis(section, quantity.Kind), path, location, reason);
    }
}
