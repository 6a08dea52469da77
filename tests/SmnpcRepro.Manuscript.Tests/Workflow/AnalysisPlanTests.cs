using System.Text.Json;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Manuscript.Tests.Workflow;

/// <summary>
/// The analysis plan of data/study.yaml (frozen copy under tests/Fixtures/study): the committed plan is the paper's,
/// a factor or a cut-point changes by editing the file alone, and a wrong plan is refused at its line and column.
/// </summary>
public sealed class AnalysisPlanTests
{
    private static readonly string Frozen = File.ReadAllText(RepositoryPaths.Data("study.yaml"));

    [Fact]
    public void The_frozen_settings_declare_the_paper_s_own_plan()
    {
        var settings = StudySettingsReader.Parse(Frozen, "study.yaml");
        Assert.Equal(PaperPlan.Declared.Factors.Count, settings.Plan.Source.Factors.Count);
        for (var i = 0; i < PaperPlan.Declared.Factors.Count; i++)
        {
            Assert.Equal(Json(PaperPlan.Declared.Factors[i]), Json(settings.Plan.Source.Factors[i]));
        }

        Assert.Equal(PaperPlan.Declared.FigureOrder, settings.Plan.Source.FigureOrder);
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records;
        foreach (var (paper, study) in PaperFactors.All.Zip(settings.Plan.Factors))
        {
            Assert.Equal((paper.Key, paper.Comparison, paper.Coding, paper.ExposureGroup), (study.Key, study.Comparison, study.Coding, study.ExposureGroup));
            Assert.Equal(paper.Groups, study.Groups);
            Assert.Equal(cohort.Select(paper.Classify), cohort.Select(study.Classify));
        }
    }

    [Fact]
    public void A_factor_entry_needs_only_key_field_and_label()
    {
        var yaml = Frozen.Replace("  - key: surgical_option\n", "  - key: metastasis_timing\n    field: metastasis_timing\n    label: Metastasis onset\n  - key: surgical_option\n", StringComparison.Ordinal);
        var plan = StudySettingsReader.Parse(yaml, "study.yaml").Plan;
        var factor = plan.Factor("metastasis_timing")!;
        Assert.Equal(FactorCoding.Binary, factor.Coding);
        Assert.Equal(["Synchronous", "Asynchronous"], factor.Groups);
        Assert.Equal(1, factor.ExposureGroup);
        Assert.Equal("Synchronous vs Asynchronous", factor.Comparison);
        Assert.Equal("metastasis onset", factor.InText);
        Assert.Equal(16, plan.Factors.Count);
        var block = plan.Table1.Single(b => b.Key == "metastasis_timing");
        Assert.Equal(["Synchronous", "Asynchronous"], block.LevelLabels);

        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records;
        var results = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18, plan);
        Assert.Equal(16, results.Univariate.Count);
        Assert.Equal(cohort.Count(p => p.MetastasisTiming == MetastasisTiming.Synchronous), results.Table1.Blocks.Single(b => b.Key == "metastasis_timing").Levels[0].Count);
        Assert.Equal("The study's plan (data/study.yaml) adds Metastasis onset, which the paper does not have.", PlanDeparture.Of(plan, "metastasis_timing"));
    }

    [Fact]
    public void A_cut_point_changes_by_editing_the_settings_alone()
    {
        var yaml = Frozen.Replace("    label: Preoperative KPS\n    cut: 80\n", "    label: Preoperative KPS\n    cut: 70\n", StringComparison.Ordinal);
        var plan = StudySettingsReader.Parse(yaml, "study.yaml").Plan;
        Assert.Equal("<70 vs ≥70", plan.Factor("kps_preop")!.Comparison);
        var block = plan.Table1.Single(b => b.Key == "kps_preop");
        Assert.Equal(["<70", "≥70"], block.LevelLabels);
        Assert.Equal(["lt70", "ge70"], block.LevelKeys);
        Assert.Equal(
            "The study's plan (data/study.yaml) departs from the paper for Preoperative KPS: it cuts it at <70/≥70 (the paper at <80/≥80).",
            PlanDeparture.Of(plan, "kps_preop"));
        Assert.Null(PlanDeparture.Of(plan, "hb"));
    }

    [Fact]
    public void A_misspelt_field_is_refused_at_its_line_naming_the_field()
    {
        var yaml = Frozen.Replace("  - key: kps_preop\n    field: kps_preop\n", "  - key: kps_preop\n    field: kps_pre\n", StringComparison.Ordinal);
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(yaml, "data/study.yaml"));
        var line = LineOf(yaml, "    field: kps_pre\n");
        Assert.Contains($"data/study.yaml({line},12): error: the data dictionary has no field 'kps_pre' (did you mean 'kps_preop'?)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plan_error_is_reported_at_once_at_its_line()
    {
        var yaml = Frozen
            .Replace("    label: Gender\n    exposure: Male\n", "    label: Gender\n    cut: 3\n    exposure: Male\n", StringComparison.Ordinal)
            .Replace("Lumbar/sacrum: [Lumbar, Sacrum]", "Lumbar/sacrum: [Lumbar, Coccyx]", StringComparison.Ordinal)
            .Replace("  - key: mit\n", "  - key: hb\n", StringComparison.Ordinal)
            .Replace("    exposure: Multiple\n", "    exposure: Many\n", StringComparison.Ordinal)
            .Replace("    in_text: Ki67\n", "    in_text: Ki67\n    colour: red\n", StringComparison.Ordinal);
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(yaml, "study.yaml"));
        Assert.Contains($"study.yaml({LineOf(yaml, "    colour: red")},5): error: unknown key 'colour' in a factor entry", e.Message, StringComparison.Ordinal);
        // The unknown key stops the plan before the dictionary checks; without it, every dictionary problem at once.
        yaml = yaml.Replace("    colour: red\n", string.Empty, StringComparison.Ordinal);
        e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(yaml, "study.yaml"));
        Assert.Contains($"study.yaml({LineOf(yaml, "    cut: 3")},10): error: field 'sex' is categorical (levels Male, Female); a cut-point applies to measured fields only", e.Message, StringComparison.Ordinal);
        Assert.Contains("error: 'Coccyx' is not a level of field 'spine_level' (levels Cervical, Thoracic, Lumbar, Sacrum)", e.Message, StringComparison.Ordinal);
        Assert.Contains("error: duplicate key 'hb' (also entry 9 of factors)", e.Message, StringComparison.Ordinal);
        Assert.Contains($"study.yaml({LineOf(yaml, "    exposure: Many")},15): error: 'Many' is not a group of 'spine_mets_count' (groups: Single, Multiple)", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, e.Message.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_categorical_coding_with_a_reference_group_is_declared_in_the_settings_alone()
    {
        var yaml = Frozen.Replace("    coding: ordinal\n    comparison: C vs T vs L\n", "    coding: categorical\n    reference: Thoracic\n    comparison: C vs T vs L\n", StringComparison.Ordinal);
        var plan = StudySettingsReader.Parse(yaml, "study.yaml").Plan;
        var factor = plan.Factor("spine_level")!;
        Assert.Equal(FactorCoding.Categorical, factor.Coding);
        Assert.Equal("Thoracic", factor.Groups[factor.ReferenceGroup]);
        Assert.Equal(["spine_level.cervical", "spine_level.lumbar_sacrum"], factor.Contrasts.Select(c => c.Key));
        Assert.Equal(
            "The study's plan (data/study.yaml) departs from the paper for Metastatic level: it codes it as categorical, one HR per group against Thoracic (the paper prints one HR for it).",
            PlanDeparture.Of(plan, "spine_level"));

        // Without `reference`, the first group is the reference.
        yaml = Frozen.Replace("    coding: ordinal\n    comparison: C vs T vs L\n", "    coding: categorical\n    comparison: C vs T vs L\n", StringComparison.Ordinal);
        plan = StudySettingsReader.Parse(yaml, "study.yaml").Plan;
        factor = plan.Factor("spine_level")!;
        Assert.Equal(0, factor.ReferenceGroup);
        Assert.Contains("one HR per group against Cervical", PlanDeparture.Of(plan, "spine_level"), StringComparison.Ordinal);
        Assert.Equal(["Metastatic level: Thoracic vs Cervical", "Metastatic level: Lumbar/sacrum vs Cervical"], factor.Contrasts.Select(c => c.Label));
    }

    [Fact]
    public void A_reference_that_is_not_a_group_or_not_categorical_is_refused_at_its_line()
    {
        var yaml = Frozen
            .Replace("    coding: ordinal\n    comparison: C vs T vs L\n", "    coding: categorical\n    reference: Coccyx\n    comparison: C vs T vs L\n", StringComparison.Ordinal)
            .Replace("    label: Gender\n    exposure: Male\n", "    label: Gender\n    reference: Female\n    exposure: Male\n", StringComparison.Ordinal)
            .Replace("    label: Pathology type\n    exposure: Differentiated\n", "    label: Pathology type\n    coding: categorical\n    exposure: Differentiated\n", StringComparison.Ordinal);
        var e = Assert.Throws<StudySettingsException>(() => StudySettingsReader.Parse(yaml, "study.yaml"));
        Assert.Contains($"study.yaml({LineOf(yaml, "    reference: Coccyx")},16): error: 'Coccyx' is not a group of 'spine_level' (groups: Cervical, Thoracic, Lumbar/sacrum)", e.Message, StringComparison.Ordinal);
        Assert.Contains($"study.yaml({LineOf(yaml, "    reference: Female")},16): error: `reference` applies to categorical coding; 'gender' is binary", e.Message, StringComparison.Ordinal);
        Assert.Contains($"study.yaml({LineOf(yaml, "    exposure: Differentiated")},15): error: categorical coding compares each group of 'pathology' with its reference; give `reference`", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Message.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Settings_without_a_plan_take_the_paper_s()
    {
        var settings = StudySettingsReader.Parse("analysis:\n  profile: r\n", "study.yaml");
        Assert.Same(PaperPlan.Compiled, settings.Plan);
    }

    private static string Json(FactorPlan factor) => JsonSerializer.Serialize(factor);

    private static int LineOf(string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0, fragment);
        return text[..at].Count(c => c == '\n') + 1;
    }
}
