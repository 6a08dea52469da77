using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>
/// The comparison end to end on a made-up transcription whose prints are derived from the rebuild's own
/// results (so the answers are known whatever the cohort): an exact print is the same, a print 5% off is
/// close, one twice as large is different, a p-value moved across 0.05 is different.
/// </summary>
public sealed class ReproductionComparisonTests
{
    private static readonly PaperResults Results = PaperAnalysis.Run(CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records, ConventionsProfile.Spss18);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static ReproductionResult Compare(ReproductionRoles? roles = null)
    {
        var male = Results.Summary.Male;
        var hr = Results.Factor("mit").Coefficient.HazardRatio;
        var p = Results.Factor("mit").LogRankP;
        // A p on the other side of 0.05 from the rebuilt one.
        var flipped = p <= 0.05 ? 0.2 : 0.01;
        var yaml = $"""
            table1:
              characteristics:
                gender:
                  label: Gender
                  source: Table 1
                  levels:
                  - {"{"}key: male, label: Male, count: {"{"}printed: '{male}'{"}"}, percent: {"{"}printed: '{F(200.0 * male / Results.Patients, 2)}'{"}"}{"}"}
            table2:
              rows:
                mit:
                  label: MIT
                  source: Table 2
                  univariate: {"{"}printed: '{F(hr * 1.05, 3)}({F(hr * 0.5, 3)}, {F(hr * 2, 3)})', p_printed: '0.500'{"}"}
            text:
              results_survival:
              - key: univariate_p_text
                source: Results
                values:
                  mit: {"{"}printed: '{F(flipped, 4)}', value: {F(flipped, 4)}{"}"}
            """;
        return ReproductionComparison.Run(
            PublishedPaper.Parse(yaml, "made-up.yaml"),
            CatalogueReader.Read(RepositoryPaths.Data(CatalogueReader.FileName)),
            Results,
            PrintedNumbers.Values(PrintedNumbers.From(Results)),
            roles);
    }

    [Fact]
    public void Each_print_is_classified_by_its_known_distance_from_the_rebuild()
    {
        var result = Compare();
        Agreement Of(string path) => result.Compared.Single(c => c.Published.Path == path).Agreement;
        Assert.Equal(Agreement.Same, Of("table1.characteristics.gender.levels.male.count"));
        Assert.Equal(Agreement.Different, Of("table1.characteristics.gender.levels.male.percent"));
        Assert.Equal(Agreement.Close, Of("table2.rows.mit.univariate.hr"));
        Assert.Equal(Agreement.Different, Of("table2.rows.mit.univariate.ci_low"));
        Assert.Equal(Agreement.Different, Of("table2.rows.mit.univariate.ci_high"));
        Assert.Equal(Agreement.Different, Of("text.results_survival.univariate_p_text.values.mit.value"));
        Assert.Equal(result.Compared.Count, result.Count(Agreement.Same) + result.Count(Agreement.Close) + result.Count(Agreement.Different));
    }

    [Fact]
    public void The_difference_of_a_hazard_ratio_is_its_ratio()
    {
        var hr = Compare().Compared.Single(c => c.Published.Path == "table2.rows.mit.univariate.hr");
        Assert.InRange(hr.Difference.Ratio!.Value, 1 / 1.05 - 0.001, 1 / 1.05 + 0.001);
        Assert.True(hr.Difference.Delta < 0);
    }

    [Fact]
    public void The_models_are_compared_factor_by_factor()
    {
        var model = Compare().Model;
        Assert.Equal(Results.Multivariate.Entered.Select(f => f.Key), model.Where(m => m.Recomputed).Select(m => m.Key));
        Assert.DoesNotContain(model, m => m.Published);
    }

    [Fact]
    public void Roles_on_made_up_prints_are_tallied_and_only_the_not_targeted_are_called_evidence()
    {
        var roles = new ReproductionRoles(
            new HashSet<string>(StringComparer.Ordinal),
            new Dictionary<string, double>(StringComparer.Ordinal) { ["table2.rows.mit.univariate.hr"] = 10 },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["table2.rows.mit.univariate.ci_low"] = "read as a misprint, not fitted." });
        var result = Compare(roles);
        NumberComparison At(string path) => result.Compared.Single(c => c.Published.Path == path);
        Assert.Equal(TargetRole.Exact, At("table1.characteristics.gender.levels.male.count").Role);
        Assert.Equal(TargetRole.Exact, At("table1.characteristics.gender.levels.male.percent").Role);
        Assert.Equal((TargetRole.Fitted, 10.0), (At("table2.rows.mit.univariate.hr").Role!.Value, At("table2.rows.mit.univariate.hr").Weight));
        Assert.Equal(TargetRole.NotTargeted, At("table2.rows.mit.univariate.ci_low").Role);
        Assert.Equal(TargetRole.NotTargeted, At("text.results_survival.univariate_p_text.values.mit.value").Role);

        var report = ReproductionReport.Render(result, new DataFileProvenance("made-up.yaml", "0"), new DataFileProvenance("data/cohort.csv", "0"), new TemplateRenderer(RepositoryPaths.Templates));
        Assert.Contains("| exact by construction | 1 | 0 | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("| fitted | 0 | 1 | 0 |", report, StringComparison.Ordinal);
        var free = result.Compared.Where(c => c.Role == TargetRole.NotTargeted).ToList();
        Assert.Equal(4, free.Count); // the interval's limits, Table 2's P and the text's P
        string Tally(Agreement a) => free.Count(c => c.Agreement == a).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"| not targeted | {Tally(Agreement.Same)} | {Tally(Agreement.Close)} | {Tally(Agreement.Different)} |", report, StringComparison.Ordinal);
        Assert.Contains("Not targeted, and so evidence: 4: MIT, univariate HR, lower 95% limit (different); MIT, univariate HR, upper 95% limit (different); MIT, univariate P (", report, StringComparison.Ordinal);
        Assert.Contains("Results: univariate P, MIT (different).", report, StringComparison.Ordinal);
        Assert.Contains("- MIT, univariate HR, lower 95% limit: published", report, StringComparison.Ordinal);
        Assert.Contains("read as a misprint, not fitted.", report, StringComparison.Ordinal);
        Assert.Contains("| same | exact |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_roles_the_report_has_no_role_column()
    {
        var report = ReproductionReport.Render(Compare(), new DataFileProvenance("made-up.yaml", "0"), new DataFileProvenance("data/cohort.csv", "0"), new TemplateRenderer(RepositoryPaths.Templates));
        Assert.DoesNotContain("What the agreement proves", report, StringComparison.Ordinal);
        Assert.Contains("| number | published | recomputed | class | difference |", report, StringComparison.Ordinal);
    }
}
