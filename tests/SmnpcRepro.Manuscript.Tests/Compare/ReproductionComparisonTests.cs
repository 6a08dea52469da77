using System.Globalization;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;

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

    private static ReproductionResult Compare()
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
            PrintedNumbers.Values(PrintedNumbers.From(Results)));
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
}
