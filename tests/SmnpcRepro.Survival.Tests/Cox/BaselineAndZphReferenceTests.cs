using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// <c>survfit(fit)</c> at the means and <c>cox.zph(fit, transform = "km")</c> for the fixture fits that
/// carry them (<c>baseline</c>, <c>cox_zph</c> in r-survival/expected/*.json; R 4.2.2, survival 3.5-3),
/// and <c>small-sample/expected/zph_lung.json</c>. Tolerance 1e-10 relative; counts exactly.
/// </summary>
public sealed class BaselineAndZphReferenceTests
{
    private const double Tolerance = 1e-10;

    public static TheoryData<string, string> WithBaseline() => Select("baseline");

    public static TheoryData<string, string> WithZph() => Select("cox_zph");

    [Theory]
    [MemberData(nameof(WithBaseline))]
    public void Baseline_survival_at_the_means_matches_R(string dataset, string id)
    {
        var (expected, fit) = CoxReferenceTests.Run(dataset, id);
        var e = expected["baseline"]!;
        var curve = Assert.Single(BaselineSurvival.Compute(fit));
        AssertCurve(e, curve);
        AssertClose.Relative(ReferenceFixture.Numbers(e["cumhaz_at_zero"]), curve.CumulativeHazardAtZero, Tolerance, "cumhaz at zero");
    }

    internal static void AssertCurve(JsonNode e, BaselineSurvivalCurve curve)
    {
        Assert.Equal(ReferenceFixture.Numbers(e["time"]), curve.Time);
        Assert.Equal(ReferenceFixture.Numbers(e["n.risk"]), curve.NumberAtRisk.Select(v => (double)v));
        Assert.Equal(ReferenceFixture.Numbers(e["n.event"]), curve.Events.Select(v => (double)v));
        Assert.Equal(ReferenceFixture.Numbers(e["n.censor"]), curve.Censored.Select(v => (double)v));
        AssertClose.Relative(ReferenceFixture.Numbers(e["surv"]), curve.Survival, Tolerance, "surv");
        AssertClose.Relative(ReferenceFixture.Numbers(e["cumhaz"]), curve.CumulativeHazard, Tolerance, "cumhaz");
        AssertClose.Relative(ReferenceFixture.Numbers(e["std.err"]), curve.StandardError, Tolerance, "std.err");
        AssertClose.Relative(ReferenceFixture.Numbers(e["lower"]), curve.Lower, Tolerance, "lower");
        AssertClose.Relative(ReferenceFixture.Numbers(e["upper"]), curve.Upper, Tolerance, "upper");
    }

    [Theory]
    [MemberData(nameof(WithZph))]
    public void Cox_zph_matches_R(string dataset, string id)
    {
        var (expected, fit) = CoxReferenceTests.Run(dataset, id);
        foreach (var table in expected["cox_zph"]!.AsArray())
        {
            var byTerm = ((string)table!["call"]!).Contains("terms = TRUE", StringComparison.Ordinal);
            var result = ProportionalHazardsTest.Compute(fit, byTerm);
            var rows = table["rows"]!.AsArray();
            Assert.Equal(rows.Count, result.Rows.Count + 1);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                Assert.Equal((string)rows[i]!["term"]!, result.Rows[i].Term);
                CoxReferenceTests.AssertTest(rows[i]!, result.Rows[i].Test, "zph " + result.Rows[i].Term);
            }

            Assert.Equal("GLOBAL", (string)rows[^1]!["term"]!);
            CoxReferenceTests.AssertTest(rows[^1]!, result.Global, "zph GLOBAL");
        }
    }

    [Theory]
    [InlineData("efron")]
    [InlineData("breslow")]
    public void Cox_zph_on_complete_lung_cases_matches_R(string ties)
    {
        // small-sample/expected/zph_lung.json: cox.zph(coxph(Surv(time, event) ~ age + sex + ph.ecog, d), transform = "km").
        var json = ReferenceFixture.Json("small-sample/expected/zph_lung.json")[ties]!;
        var table = FixtureTable.Load("small-sample/datasets/lung_cc.csv");
        var fit = CoxModel.Fit(LungCompleteCases(table), new CoxOptions { Ties = ties == "efron" ? TieMethod.Efron : TieMethod.Breslow });
        var coef = json["coef"]!.AsObject().Select(kv => CoxReferenceTests.Num(kv.Value)).ToArray();
        AssertClose.Relative(coef, fit.Coefficients.Select(x => x.Coefficient).ToArray(), Tolerance, "coef");
        var result = ProportionalHazardsTest.Compute(fit);
        foreach (var row in result.Rows)
        {
            CoxReferenceTests.AssertTest(json["terms"]![row.Term]!, row.Test, "zph " + row.Term);
        }

        CoxReferenceTests.AssertTest(json["terms"]!["GLOBAL"]!, result.Global, "zph GLOBAL");
    }

    internal static CoxData LungCompleteCases(FixtureTable table) =>
        new(table.Numbers("time"), table.Numbers("event"),
        [
            SmnpcRepro.Survival.Cox.Design.CovariateSpec.Numeric("age", table.Numbers("age")),
            SmnpcRepro.Survival.Cox.Design.CovariateSpec.Numeric("sex", table.Numbers("sex")),
            SmnpcRepro.Survival.Cox.Design.CovariateSpec.Numeric("ph.ecog", table.Numbers("ph.ecog")),
        ]);

    private static TheoryData<string, string> Select(string key)
    {
        var data = new TheoryData<string, string>();
        foreach (var dataset in new[] { "lung", "aml", "ovarian" })
        {
            foreach (var fit in ReferenceFixture.Json($"r-survival/expected/{dataset}.json")["cox"]!.AsArray())
            {
                if (fit![key] is not null)
                {
                    data.Add(dataset, (string)fit["id"]!);
                }
            }
        }

        return data;
    }
}
