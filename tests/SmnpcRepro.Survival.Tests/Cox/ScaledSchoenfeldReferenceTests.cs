using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Scaled Schoenfeld residuals against <c>cox.zph(fit, transform = "km")</c>'s <c>$y</c>, <c>$x</c> and
/// <c>$time</c> (zph-residuals/zph-residuals.json, made by make-zph-residuals.R with R 4.2.2, survival 3.5-3):
/// tied times under Efron and Breslow, strata with a covariate constant in one stratum (R's NA), and the
/// complete lung cases. Tolerance 1e-8 relative (the residuals carry β̂, converged to ~1e-9); times exactly.
/// </summary>
public sealed class ScaledSchoenfeldReferenceTests
{
    private const double Tolerance = 1e-8;

    public static TheoryData<string> Fits() => new(Fixture()["fits"]!.AsArray().Select(f => (string)f!["id"]!));

    [Theory]
    [MemberData(nameof(Fits))]
    public void Residuals_and_time_axis_match_cox_zph(string id)
    {
        var expected = Fixture()["fits"]!.AsArray().Single(f => (string)f!["id"]! == id)!;
        var fit = CoxModel.Fit(Data(id), new CoxOptions { Ties = id.Contains("breslow", StringComparison.Ordinal) ? TieMethod.Breslow : TieMethod.Efron });
        AssertClose.Relative(ReferenceFixture.Numbers(expected["coef"]), fit.Coefficients.Select(c => c.Coefficient).ToArray(), Tolerance, "coef");

        var result = ScaledSchoenfeldResiduals.Compute(fit);
        Assert.Equal("km", result.Transform);
        Assert.Equal(expected["coef_names"]!.AsArray().Select(n => (string)n!), result.Terms);
        Assert.Equal(ReferenceFixture.Numbers(expected["time"]), result.Time);
        AssertClose.Relative(ReferenceFixture.Numbers(expected["x"]), result.TransformedTime, 1e-12, "x");
        var y = expected["y"]!.AsArray();
        Assert.Equal(y.Count, result.Residuals.Count);
        for (var j = 0; j < y.Count; j++)
        {
            AssertClose.Relative(ReferenceFixture.Numbers(y[j]), result.Residuals[j], Tolerance, "y[" + result.Terms[j] + "]");
        }

        // The tests of the same call agree with the table R printed beside these residuals.
        var table = ProportionalHazardsTest.Compute(fit);
        var chisq = ReferenceFixture.Numbers(expected["chisq"]);
        AssertClose.Relative(chisq[..^1], table.Rows.Select(r => r.Test.Statistic).ToArray(), Tolerance, "zph chisq");
        AssertClose.Relative(chisq[^1], table.Global.Statistic, Tolerance, "zph GLOBAL");
    }

    [Fact]
    public void Stratified_fit_labels_each_event_with_its_stratum()
    {
        var fit = CoxModel.Fit(Data("ties40_strata_efron"));
        var result = ScaledSchoenfeldResiduals.Compute(fit);
        Assert.Equal(result.Time.Count, result.Strata.Count);
        Assert.Equal(fit.Strata, result.Strata.Distinct());
        Assert.All(result.Residuals[1].Where((_, e) => result.Strata[e] == fit.Strata[0]), v => Assert.True(double.IsNaN(v)));
    }

    private static JsonNode Fixture() => ReferenceFixture.Json("zph-residuals/zph-residuals.json");

    internal static CoxData Data(string id)
    {
        if (id.StartsWith("lung", StringComparison.Ordinal))
        {
            return BaselineAndZphReferenceTests.LungCompleteCases(FixtureTable.Load("small-sample/datasets/lung_cc.csv"));
        }

        var table = FixtureTable.Load("zph-residuals/ties40.csv");
        if (id.Contains("strata", StringComparison.Ordinal))
        {
            var s = table.Numbers("s").Select(v => (int)v - 1).ToArray();
            return new CoxData(table.Numbers("time"), table.Numbers("event"), [CovariateSpec.Numeric("x1", table.Numbers("x1")), CovariateSpec.Numeric("x4", table.Numbers("x4"))])
            {
                Strata = new GroupingColumn("s", s, ["s=1", "s=2"]),
            };
        }

        return new CoxData(table.Numbers("time"), table.Numbers("event"),
        [
            CovariateSpec.Numeric("x1", table.Numbers("x1")),
            CovariateSpec.Numeric("x2", table.Numbers("x2")),
            CovariateSpec.Numeric("x3", table.Numbers("x3")),
        ]);
    }
}
