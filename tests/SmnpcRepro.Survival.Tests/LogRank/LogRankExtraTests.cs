using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.LogRank;

/// <summary>
/// Pairwise comparisons, G-rho with ρ = 0.5, timefix, trend and input validation. Expected values:
/// Fixtures/extra/expected/extra_km_logrank.json (made by Fixtures/extra/make_extra.R, R 4.2.2, survival
/// 3.5-3; each entry carries its call) or closed forms from the survdiff fixture, as stated per test.
/// </summary>
public sealed class LogRankExtraTests
{
    private const double Tolerance = 1e-9;
    private static readonly string[] EcogLevels = ["0", "1", "2"];

    [Fact]
    public void Pairwise_comparisons_equal_survdiff_on_each_pair_of_groups()
    {
        var extra = ReferenceFixture.Json("extra/expected/extra_km_logrank.json");
        var data = Lung(null).Data;
        var pairs = LogRankTest.Pairwise(data);
        var expected = extra["pairwise_ecog_grp"]!.AsArray();
        Assert.Equal(expected.Count, pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var e = expected[i]!;
            Assert.Equal(e["groups"]!.AsArray().Select(g => g!.GetValue<string>()), [pairs[i].First, pairs[i].Second]);
            AssertClose.Relative(ReferenceFixture.Numbers(e["obs"]), [.. pairs[i].Test.Observed], Tolerance, "obs");
            AssertClose.Relative(ReferenceFixture.Numbers(e["exp"]), [.. pairs[i].Test.Expected], Tolerance, "exp");
            AssertClose.Relative(e["chisq"]!.GetValue<double>(), pairs[i].Test.ChiSquare, Tolerance, "chisq");
            AssertClose.Relative(Math.Log(e["p"]!.GetValue<double>()), Math.Log(pairs[i].Test.PValue), Tolerance, "log p");
            Assert.Equal(1, pairs[i].Test.DegreesOfFreedom);
        }
    }

    [Fact]
    public void Stratified_pairwise_comparisons_equal_stratified_survdiff_on_each_pair()
    {
        var extra = ReferenceFixture.Json("extra/expected/extra_km_logrank.json");
        var pairs = LogRankTest.Pairwise(Lung("sex").Data);
        var expected = extra["pairwise_ecog_grp_strata_sex"]!.AsArray();
        for (var i = 0; i < pairs.Count; i++)
        {
            AssertClose.Relative(expected[i]!["chisq"]!.GetValue<double>(), pairs[i].Test.ChiSquare, Tolerance, "chisq");
            AssertClose.Relative(Math.Log(expected[i]!["p"]!.GetValue<double>()), Math.Log(pairs[i].Test.PValue), Tolerance, "log p");
        }
    }

    [Fact]
    public void G_rho_with_rho_one_half_equals_survdiff()
    {
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["grho_0.5_ecog_grp"]!;
        var result = LogRankTest.Compute(Lung(null).Data, LogRankOptions.GRho(0.5));
        Assert.Equal(LogRankWeight.FlemingHarrington, result.Weight);
        Assert.Equal(0.5, result.Rho);
        AssertClose.Relative(ReferenceFixture.Numbers(e["obs"]), [.. result.Observed], Tolerance, "obs");
        AssertClose.Relative(ReferenceFixture.Numbers(e["exp"]), [.. result.Expected], Tolerance, "exp");
        LogRankReferenceTests.CheckMatrix(e["var"]!, result.Variance, "var");
        AssertClose.Relative(e["chisq"]!.GetValue<double>(), result.ChiSquare, Tolerance, "chisq");
        AssertClose.Relative(Math.Log(e["p"]!.GetValue<double>()), Math.Log(result.PValue), Tolerance, "log p");
    }

    [Fact]
    public void Near_tied_times_are_one_time_as_in_survdiff()
    {
        // survdiff(Surv(c(0.1*3, 0.3, 1, 2, 2+1e-12), c(1,1,0,1,1)) ~ c(1,2,1,2,1))$chisq, extra fixture "timefix".
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["timefix"]!;
        var time = ReferenceFixture.Numbers(e["input_time"]);
        var status = ReferenceFixture.Numbers(e["status"]).Select(x => (int)x).ToArray();
        var group = new SurvivalFactor("g", ReferenceFixture.Numbers(e["group"]).Select(x => (int)x - 1).ToArray(), ["1", "2"]);
        var result = LogRankTest.Compute(SurvivalData.Create(time, status, group));
        AssertClose.Relative(e["logrank_chisq"]!.GetValue<double>(), result.ChiSquare, Tolerance, "chisq");
        var noFix = LogRankTest.Compute(SurvivalData.Create(time, status, group), new LogRankOptions { TimeFix = false });
        Assert.NotEqual(result.ChiSquare, noFix.ChiSquare);
    }

    [Fact]
    public void Trend_test_is_the_closed_form_from_survdiffs_obs_exp_and_var()
    {
        // Closed form on lung.json logrank "lung_lr_ecog_grp" (survdiff(Surv(time, event) ~ ecog_grp, data = lung)):
        // U = w'(O − E), V = w' var w, chisq = U²/V, w = (1, 2, 3); invariant to affine changes of w.
        var json = ReferenceFixture.Json("r-survival/expected/lung.json");
        var e = json["logrank"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == "lung_lr_ecog_grp")!;
        var o = ReferenceFixture.Numbers(e["observed"]);
        var ex = ReferenceFixture.Numbers(e["expected"]);
        var v = e["var"]!.AsArray().Select(ReferenceFixture.Numbers).ToArray();
        double[] w = [1, 2, 3];
        var u = Enumerable.Range(0, 3).Sum(k => w[k] * (o[k] - ex[k]));
        var vv = Enumerable.Range(0, 3).Sum(a => Enumerable.Range(0, 3).Sum(b => w[a] * v[a][b] * w[b]));

        var data = Lung(null).Data;
        var trend = LogRankTest.Trend(data);
        AssertClose.Relative(u, trend.Statistic, Tolerance, "U");
        AssertClose.Relative(vv, trend.Variance, Tolerance, "V");
        AssertClose.Relative(u * u / vv, trend.ChiSquare, Tolerance, "chisq");
        Assert.True(trend.Z > 0);
        var centred = LogRankTest.Trend(data, [-1, 0, 1]);
        AssertClose.Relative(trend.ChiSquare, centred.ChiSquare, 1e-12, "affine invariance");
        AssertClose.Relative(MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(0.5, trend.ChiSquare / 2), trend.PValue, 1e-12, "p");
    }

    [Fact]
    public void With_two_groups_the_trend_test_is_the_log_rank_test()
    {
        var data = FixtureData.Load("r-survival/datasets/aml.csv", new FixtureData.Formula("time", "event", "x", null), ["Maintained", "Nonmaintained"]).Data;
        AssertClose.Relative(LogRankTest.Compute(data).ChiSquare, LogRankTest.Trend(data).ChiSquare, 1e-12, "chisq");
    }

    [Fact]
    public void Bad_input_is_an_argument_exception_naming_the_row()
    {
        var group = new SurvivalFactor("g", [0, 1, 0], ["a", "b"]);
        Assert.Contains("Row 1", Assert.Throws<ArgumentException>(() => SurvivalData.Create([1, -2, 3], new[] { 1, 0, 1 }, group)).Message, StringComparison.Ordinal);
        Assert.Contains("Row 2", Assert.Throws<ArgumentException>(() => SurvivalData.Create([1, 2, double.NaN], new[] { 1, 0, 1 }, group)).Message, StringComparison.Ordinal);
        Assert.Contains("Row 0", Assert.Throws<ArgumentException>(() => SurvivalData.Create([1, 2, 3], new[] { 2, 0, 1 }, group)).Message, StringComparison.Ordinal);
        var empty = new SurvivalFactor("g", [0, 0, 0], ["a", "b"]);
        Assert.Contains("'b' has no rows", Assert.Throws<ArgumentException>(() => SurvivalData.Create([1, 2, 3], new[] { 1, 0, 1 }, empty)).Message, StringComparison.Ordinal);
        var one = SurvivalData.Create([1, 2, 3], new[] { 1, 0, 1 }, new SurvivalFactor("g", [0, 0, 0], ["a"]));
        Assert.Throws<ArgumentException>(() => LogRankTest.Compute(one));
        Assert.Throws<ArgumentException>(() => LogRankTest.Compute(SurvivalData.Create([1, 2, 3], new[] { 1, 0, 1 })));
    }

    private static FixtureData.Loaded Lung(string? strata) =>
        FixtureData.Load("r-survival/datasets/lung.csv", new FixtureData.Formula("time", "event", "ecog_grp", strata), EcogLevels, strata is null ? null : ["1", "2"]);
}
