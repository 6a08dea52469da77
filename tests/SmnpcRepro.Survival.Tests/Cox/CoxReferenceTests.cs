using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Every Efron and Breslow <c>coxph</c> analysis in <c>Fixtures/r-survival/expected/{lung,aml,ovarian}.json</c>
/// (R 4.2.2, survival 3.5-3; the R call of each is in the fixture and rebuilt by <see cref="RCoxCall"/>):
/// coefficients, SEs (model-based and robust), hazard ratios and intervals, z and p, per-term Wald tests,
/// log-likelihoods, LR/Wald/score tests, robust score test, variance, means and concordance.
/// Tolerance: 1e-10 relative (stricter than the fixture README's 1e-8; the engine follows coxfit6 step for step); counts exactly. <c>iter</c> is
/// not asserted. The <c>ties = "exact"</c> fits are not reproduced (exact partial likelihood is out of scope).
/// </summary>
public sealed class CoxReferenceTests
{
    internal const double Tolerance = 1e-10;

    public static TheoryData<string, string> Fits()
    {
        var data = new TheoryData<string, string>();
        foreach (var dataset in new[] { "lung", "aml", "ovarian" })
        {
            foreach (var fit in ReferenceFixture.Json($"r-survival/expected/{dataset}.json")["cox"]!.AsArray())
            {
                if ((string?)fit!["ties"] != "exact")
                {
                    data.Add(dataset, (string)fit["id"]!);
                }
            }
        }

        return data;
    }

    internal static (JsonNode Expected, CoxFit Fit) Run(string dataset, string id)
    {
        var json = ReferenceFixture.Json($"r-survival/expected/{dataset}.json");
        var expected = json["cox"]!.AsArray().Single(c => (string?)c!["id"] == id)!;
        var table = FixtureTable.Load($"r-survival/{(string)json["csv"]!}");
        var (data, options) = RCoxCall.Parse((string)expected["call"]!, table, expected["factors"]?.AsArray());
        return (expected, CoxModel.Fit(data, options));
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Coefficient_table_matches_R(string dataset, string id)
    {
        var (expected, fit) = Run(dataset, id);
        Assert.Equal((int)expected["n"]!, fit.RowCount);
        Assert.Equal((int)expected["nevent"]!, fit.EventCount);
        Assert.Equal(expected["rows_dropped"]!.AsArray().Select(r => (int)r! - 1), fit.DroppedRows);
        Assert.True(fit.Converged);
        Assert.Empty(fit.Warnings);
        var rows = expected["coefficients"]!.AsArray();
        Assert.Equal(rows.Count, fit.Coefficients.Count);
        for (var j = 0; j < rows.Count; j++)
        {
            var e = rows[j]!;
            var c = fit.Coefficients[j];
            var name = (string)e["term"]!;
            Assert.Equal(name, c.Name);
            AssertClose.Relative(Num(e["coef"]), c.Coefficient, Tolerance, name + " coef");
            AssertClose.Relative(Num(e["exp_coef"]), c.HazardRatio, Tolerance, name + " exp(coef)");
            AssertClose.Relative(Num(e["se_coef"]), c.StandardError, Tolerance, name + " se");
            if (e["robust_se"] is not null)
            {
                AssertClose.Relative(Num(e["robust_se"]), c.RobustStandardError!.Value, Tolerance, name + " robust se");
            }
            else
            {
                Assert.Null(c.RobustStandardError);
            }

            AssertClose.Relative(Num(e["z"]), c.Z, Tolerance, name + " z");
            AssertClose.Relative(Num(e["p"]), c.P, Tolerance, name + " p");
            AssertClose.Relative(Num(e["lower95"]), c.ConfidenceInterval.Lower, Tolerance, name + " lower");
            AssertClose.Relative(Num(e["upper95"]), c.ConfidenceInterval.Upper, Tolerance, name + " upper");
            Assert.True(c.IsEstimable);
            Assert.False(c.MayBeInfinite);
        }

        var means = expected["means"]!.AsObject();
        AssertClose.Relative(means.Select(m => Num(m.Value)).ToArray(), fit.Means, Tolerance, "means");
        Assert.Equal((double)fit.EventCount / rows.Count, fit.EventsPerVariable);
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Tests_and_likelihoods_match_R(string dataset, string id)
    {
        var (expected, fit) = Run(dataset, id);
        AssertClose.Relative(Num(expected["loglik_null"]), fit.LogLikelihoodNull, Tolerance, "loglik null");
        AssertClose.Relative(Num(expected["loglik_final"]), fit.LogLikelihoodFinal, Tolerance, "loglik final");
        AssertTest(expected["lrt"]!, fit.LikelihoodRatioTest, "LRT");
        AssertTest(expected["wald"]!, fit.WaldTest, "Wald");
        AssertTest(expected["score"]!, fit.ScoreTest, "score");
        if (expected["robust_score"] is { } robust)
        {
            AssertTest(robust, fit.RobustScoreTest!, "robust score");
        }

        var terms = expected["term_wald_tests"]!.AsArray();
        Assert.Equal(terms.Count, fit.TermTests.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var e = terms[t]!;
            Assert.Equal((string)e["term"]!, fit.TermTests[t].Term);
            Assert.Equal(e["columns"]!.AsArray().Select(c => (string)c!), fit.TermTests[t].Columns);
            AssertClose.Relative(Num(e["wald_chisq"]), fit.TermTests[t].Wald.Statistic, Tolerance, "term Wald");
            Assert.Equal((int)e["df"]!, fit.TermTests[t].Wald.DegreesOfFreedom);
            AssertClose.Relative(Num(e["p"]), fit.TermTests[t].Wald.P, Tolerance, "term Wald p");
        }

        var variance = expected["var"]!.AsArray();
        for (var i = 0; i < variance.Count; i++)
        {
            AssertClose.Relative(ReferenceFixture.Numbers(variance[i]), fit.Variance.ToRows()[i], Tolerance, "var row " + i);
        }

        if (expected["naive_var"] is JsonArray naive)
        {
            for (var i = 0; i < naive.Count; i++)
            {
                AssertClose.Relative(ReferenceFixture.Numbers(naive[i]), fit.NaiveVariance!.ToRows()[i], Tolerance, "naive var row " + i);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Concordance_matches_R(string dataset, string id)
    {
        var (expected, fit) = Run(dataset, id);
        var e = expected["concordance"]!;
        var c = fit.Concordance;
        Assert.Equal(Num(e["concordant"]), c.Concordant);
        Assert.Equal(Num(e["discordant"]), c.Discordant);
        Assert.Equal(Num(e["tied.x"]), c.TiedRisk);
        Assert.Equal(Num(e["tied.y"]), c.TiedTime);
        Assert.Equal(Num(e["tied.xy"]), c.TiedBoth);
        AssertClose.Relative(Num(e["concordance"]), c.Concordance, 1e-12, "C");
        AssertClose.Relative(Num(e["se"]), c.StandardError, Tolerance, "se(C)");
    }

    internal static double Num(JsonNode? node) => ReferenceFixture.Number(node) ?? double.NaN;

    internal static void AssertTest(JsonNode expected, ChiSquareTest actual, string what)
    {
        AssertClose.Relative(Num(expected["stat"] ?? expected["chisq"]), actual.Statistic, Tolerance, what + " statistic");
        Assert.Equal((int)expected["df"]!, actual.DegreesOfFreedom);
        AssertClose.Relative(Num(expected["p"]), actual.P, Tolerance, what + " p");
    }
}
