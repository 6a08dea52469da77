using System.Text.Json.Nodes;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tests;

/// <summary>
/// The paper's analysis wired end to end (codings, exposure groups, ordinal scores, ties) against R on a
/// frozen copy of a synthetic cohort: Fixtures/paper-analysis.R made Fixtures/paper-analysis.json
/// (R 4.2.2, survival 3.5-3). Tolerance 1e-7 relative (R's Cox is converged to ~1e-9 on the log scale).
/// </summary>
public sealed class PaperAnalysisReferenceTests
{
    private static readonly IReadOnlyList<CohortRecord> Cohort =
        CohortCsv.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cohort-frozen.csv")).Records;

    private static readonly JsonNode Reference =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "paper-analysis.json")))!;

    [Theory]
    [InlineData("spss18", "breslow")]
    [InlineData("r", "efron")]
    public void Every_univariate_Cox_model_and_log_rank_test_equals_R(string profile, string ties)
    {
        var results = PaperAnalysis.Run(Cohort, ConventionsProfile.Named(profile));
        var expected = Reference["univariate"]!.AsArray().Where(r => (string)r!["ties"]! == ties).ToArray();
        Assert.Equal(15, expected.Length);
        foreach (var r in expected)
        {
            var u = results.Factor((string)r!["factor"]!);
            var what = $"{ties} {u.Factor.Key}";
            Close((double)r["coef"]!, u.Coefficient.Coefficient, what + " coef");
            Close((double)r["se"]!, u.Coefficient.StandardError, what + " se");
            Close((double)r["lower"]!, u.Coefficient.ConfidenceInterval.Lower, what + " lower");
            Close((double)r["upper"]!, u.Coefficient.ConfidenceInterval.Upper, what + " upper");
            Close((double)r["p"]!, u.Coefficient.P, what + " p");
            Close((double)r["logrank_p"]!, u.LogRankP, what + " log-rank p");
        }
    }

    [Fact]
    public void R_profile_median_and_its_CI_equal_R()
    {
        var overall = PaperAnalysis.Run(Cohort, ConventionsProfile.R).Overall.Median;
        Close((double)Reference["km_median_r"]!, overall.Median, "median");
        Close((double)Reference["km_median_r_lower"]!, overall.Lower, "lower");
        Assert.Null(Reference["km_median_r_upper"]);
        Assert.True(double.IsNaN(overall.Upper), "R's upper bound is NA (the upper band never reaches 0.5)");
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected)), $"{what}: R {expected:R}, ours {actual:R}");
}
