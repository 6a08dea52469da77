using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Reconstruction;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>The targets are published.yaml's numbers, at the precision the paper prints them, with the documented weights.</summary>
public sealed class ReconstructionTargetsTests
{
    private static ReconstructionTarget BySource(string source) => Published.Targets.Single(t => t.Source == source);

    [Fact]
    public void Every_Table_2_cell_the_issue_names_is_a_target()
    {
        // 15 univariate rows × (HR, lower, upper, p); 3 multivariate rows × 4; 15 selection decisions; 6 significance decisions.
        Assert.Equal(60, Published.Targets.Count(t => t.Section == TargetSection.Table2Univariate));
        Assert.Equal(12, Published.Targets.Count(t => t.Section == TargetSection.Multivariate));
        Assert.Equal(21, Published.Targets.Count(t => t.Section == TargetSection.Selection));
        Assert.Equal(6, Published.Targets.Count(t => t.Section == TargetSection.Medians));
        Assert.All(PaperFactors.All, f => Assert.Single(Published.Targets, t => t.Section == TargetSection.Selection && t.Quantity.Kind == MetricKind.LogRankP && t.Quantity.FactorKey == f.Key));
    }

    [Fact]
    public void Values_and_precision_come_from_the_printed_numbers()
    {
        // Table 2 prints Hb's upper bound with 2 decimals ("10.94") and age's lower bound as "0.590" (3; the YAML value drops the 0).
        Assert.Equal((10.94, 2), (BySource("table2.rows.hb.univariate.ci_high").Published, BySource("table2.rows.hb.univariate.ci_high").Decimals));
        Assert.Equal((0.59, 3), (BySource("table2.rows.age.univariate.ci_low").Published, BySource("table2.rows.age.univariate.ci_low").Decimals));
        Assert.Equal((11.6, 1), (BySource("text.results_survival.group_median_os.values.debulking.value").Published, BySource("text.results_survival.group_median_os.values.debulking.value").Decimals));
        Assert.Equal((24.0, 0), (BySource("text.discussion.disc_kps_medians.kps_ge80_median").Published, BySource("text.discussion.disc_kps_medians.kps_ge80_median").Decimals));
        Assert.Equal(2, BySource("table2.rows.frankel_preop.multivariate.hr").Decimals);
        Assert.Equal(new PaperQuantity(MetricKind.GroupMedian, "kps_preop", 1), BySource("text.discussion.disc_kps_medians.kps_ge80_median").Quantity);
        Assert.Equal(new PaperQuantity(MetricKind.LogRankP, "spine_mets_count"), BySource("text.results_survival.univariate_p_text.values.spine_mets_count.value").Quantity);
    }

    [Fact]
    public void Every_judgement_names_a_target_and_sets_its_weight()
    {
        foreach (var (path, (weight, reason)) in TargetJudgements.ByPath)
        {
            var target = BySource(path);
            Assert.Equal(weight * TargetJudgements.Emphasis(target.Section, target.Quantity.Kind), target.Weight);
            Assert.Equal(reason, target.Note);
            Assert.False(string.IsNullOrWhiteSpace(reason));
        }

        Assert.All(Published.Targets.Where(t => t.Relation == TargetRelation.Equal && !TargetJudgements.ByPath.ContainsKey(t.Source)), t => Assert.Equal(TargetJudgements.Fitted * TargetJudgements.Emphasis(t.Section, t.Quantity.Kind), t.Weight));
        // The emphasis (closed form): a univariate HR 10, a p 4, a bound or median 1.
        Assert.Equal(10.0, BySource("table2.rows.gender.univariate.hr").Weight);
        Assert.Equal(4.0, BySource("table2.rows.gender.univariate.p").Weight);
        Assert.Equal(1.0, BySource("table2.rows.gender.univariate.ci_low").Weight);
        Assert.Equal(2.5, BySource("table2.rows.frankel_preop.univariate.hr").Weight);
    }

    [Fact]
    public void The_six_factors_the_text_names_must_enter_and_the_others_stay_out()
    {
        string[] entered = ["kps_preop", "frankel_preop", "visceral_mets", "spine_mets_count", "ki67", "surgical_option"];
        foreach (var t in Published.Targets.Where(t => t.Section == TargetSection.Selection && t.Quantity.Kind == MetricKind.LogRankP))
        {
            Assert.Equal(entered.Contains(t.Quantity.FactorKey) ? TargetRelation.AtMost : TargetRelation.Above, t.Relation);
            Assert.Equal(0.10, t.Published);
        }
    }
}
