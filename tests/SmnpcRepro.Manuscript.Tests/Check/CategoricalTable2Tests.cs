using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Tests.Appendix;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.Tests.Rendering;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Manuscript.Tests.Check;

/// <summary>
/// A factor coded <c>categorical</c> in the settings reaches Table 2 as a comparison line (the joint Wald P of all
/// its groups and the log-rank P) and one row per group against the reference, each of whose numbers is in
/// numbers.json under the contrast's id and printed in the manuscript; the forest plot and the robustness
/// appendix get one row per contrast. Built from the frozen study with only the settings edited.
/// </summary>
public sealed class CategoricalTable2Tests
{
    private static readonly Lazy<(PaperResults Results, IReadOnlyList<ManuscriptDocument> Documents, NumbersFile Numbers)> Built = new(() =>
    {
        var yaml = File.ReadAllText(RepositoryPaths.Data("study.yaml"))
            .Replace("    coding: ordinal\n    comparison: C vs T vs L\n", "    coding: categorical\n    reference: Thoracic\n    comparison: C vs T vs L\n", StringComparison.Ordinal)
            .Replace("    label: Visceral metastasis\n    coding: ordinal\n", "    label: Visceral metastasis\n    coding: categorical\n", StringComparison.Ordinal);
        var plan = StudySettingsReader.Parse(yaml, "study.yaml").Plan;
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var results = PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18, plan);
        var documents = ManuscriptBuilder.Build(results, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates));
        var numbers = NumbersJson.Parse(documents.Single(d => d.RelativePath == PrintedNumbers.FileName).Content, PrintedNumbers.FileName);
        return (results, documents, numbers);
    });

    private static string Markdown => Built.Value.Documents.Single(d => d.RelativePath == ManuscriptBuilder.MainDocument).Content;

    private static string Printed(string id) => Built.Value.Numbers.Numbers.Single(n => n.Id == id).Printed;

    [Fact]
    public void The_edit_makes_two_categorical_factors_one_of_them_in_the_multivariate_model()
    {
        var results = Built.Value.Results;
        Assert.False(results.Factor("spine_level").Factor.IsSingleContrast);
        Assert.False(results.Factor("visceral_mets").Factor.IsSingleContrast);
        Assert.Contains(results.Multivariate.Entered, f => f.Key == "visceral_mets");
        Assert.DoesNotContain(results.Multivariate.Entered, f => f.Key == "spine_level");
    }

    [Fact]
    public void Table_2_prints_a_comparison_line_with_the_joint_P_then_one_row_per_group_against_the_reference()
    {
        var table = ManuscriptBuilder.Model(Built.Value.Results, [], [], ManuscriptSnapshotTests.FixedEnvironment).Table2;
        var rows = table.Rows.ToList();
        var at = rows.FindIndex(r => r.IsHeader && r.Label == "Visceral metastasis");
        var line = rows[at + 1];
        Assert.StartsWith("N vs S vs M <small>(each vs None; P of all groups)</small>", line.Label, StringComparison.Ordinal);
        Assert.Equal(["", Printed("table2.visceral_mets.univariate.p"), Printed("table2.visceral_mets.log_rank.p"), ""], line.Cells.Take(4));
        Assert.StartsWith(Printed("table2.visceral_mets.multivariate.p"), line.Cells[4], StringComparison.Ordinal);
        foreach (var (row, group) in new[] { (rows[at + 2], "single"), (rows[at + 3], "multiple") })
        {
            var id = $"table2.visceral_mets.{group}";
            Assert.EndsWith(" vs None", row.Label, StringComparison.Ordinal);
            Assert.StartsWith($"{Printed(id + ".univariate.hr")}({Printed(id + ".univariate.ci_low")}, {Printed(id + ".univariate.ci_high")})", row.Cells[0], StringComparison.Ordinal);
            Assert.Equal(Printed(id + ".univariate.p"), row.Cells[1]);
            Assert.Equal(string.Empty, row.Cells[2]);
            Assert.StartsWith($"{Printed(id + ".multivariate.hr")}({Printed(id + ".multivariate.ci_low")}–{Printed(id + ".multivariate.ci_high")})", row.Cells[3], StringComparison.Ordinal);
            Assert.StartsWith(Printed(id + ".multivariate.p"), row.Cells[4], StringComparison.Ordinal);
        }

        Assert.Contains(table.Notes, n => n.StartsWith("A categorical factor (coding: categorical", StringComparison.Ordinal));
        Assert.DoesNotContain(Built.Value.Numbers.Numbers, n => n.Id.StartsWith("table2.spine_level.cervical.multivariate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_joint_P_of_a_categorical_factor_is_its_Wald_test_and_each_contrast_has_its_own_ids()
    {
        var u = Built.Value.Results.Factor("spine_level");
        var numbers = Built.Value.Numbers.Numbers;
        Assert.Equal(u.FactorTest.P, numbers.Single(n => n.Id == "table2.spine_level.univariate.p").Value!.Value, 1e-9);
        Assert.Equal(2, u.FactorTest.DegreesOfFreedom);
        Assert.Equal(
            ["table2.spine_level.cervical.univariate.hr", "table2.spine_level.lumbar_sacrum.univariate.hr"],
            numbers.Where(n => n.Id.StartsWith("table2.spine_level.", StringComparison.Ordinal) && n.Id.EndsWith(".univariate.hr", StringComparison.Ordinal)).Select(n => n.Id));
        Assert.DoesNotContain(numbers, n => n.Id == "table2.spine_level.univariate.hr");
    }

    [Fact]
    public void Every_printed_number_appears_in_the_manuscript()
    {
        Assert.All(Built.Value.Numbers.Numbers, n => Assert.Contains(n.Printed, Markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void The_robustness_appendix_has_a_row_per_contrast_and_prints_no_NaN()
    {
        var robustness = RobustnessAnalysis.Run(CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records, Built.Value.Results, AppendixSnapshotTests.TestOptions);
        Assert.Contains(robustness.Firth.Univariate, r => r.FactorKey == "spine_level.cervical" && r.Label == "Metastatic level: Cervical vs Thoracic");
        Assert.Contains(robustness.Firth.Multivariate, r => r.FactorKey == "visceral_mets.multiple");
        var appendix = AppendixSnapshotTests.Render(robustness);
        Assert.Contains("Metastatic level: Cervical vs Thoracic", appendix, StringComparison.Ordinal);
        Assert.Contains("Visceral metastasis: Multiple vs None", appendix, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", appendix, StringComparison.Ordinal);
    }
}
