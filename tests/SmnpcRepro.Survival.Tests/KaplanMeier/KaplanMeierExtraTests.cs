using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.KaplanMeier;
using SmnpcRepro.Survival.Tests.Fixtures;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Survival.Tests.KaplanMeier;

/// <summary>
/// Survival at chosen times and the risk table, a 90% log-log CI, a numeric rmean limit, timefix and the
/// SPSS median SE. Expected values: Fixtures/extra/expected/extra_km_logrank.json (Fixtures/extra/make_extra.R,
/// R 4.2.2, survival 3.5-3; the call is in each entry) unless a test states a closed form. Tolerance 1e-9.
/// </summary>
public sealed class KaplanMeierExtraTests
{
    private const double Tolerance = 1e-9;

    private static SurvivalData Aml(bool grouped) =>
        FixtureData.Load("r-survival/datasets/aml.csv", new FixtureData.Formula("time", "event", grouped ? "x" : null, null), grouped ? ["Maintained", "Nonmaintained"] : null).Data;

    [Fact]
    public void Survival_at_times_and_risk_table_equal_summary_with_times()
    {
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["summary_times_aml_x"]!;
        var times = ReferenceFixture.Numbers(e["times"]);
        var fit = KM.Fit(Aml(true));
        var table = fit.RiskTable(times);
        var risk = ReferenceFixture.Numbers(e["n.risk"]);
        var events = ReferenceFixture.Numbers(e["n.event"]);
        var censored = ReferenceFixture.Numbers(e["n.censor"]);
        var surv = ReferenceFixture.Numbers(e["surv"]);
        var se = ReferenceFixture.Numbers(e["std.err"]);
        var lower = ReferenceFixture.Numbers(e["lower"]);
        var upper = ReferenceFixture.Numbers(e["upper"]);
        for (var c = 0; c < fit.Curves.Count; c++)
        {
            var at = fit.Curves[c].SurvivalAt(times);
            double cumulativeEvents = 0, cumulativeCensored = 0;
            for (var k = 0; k < times.Length; k++)
            {
                var row = (c * times.Length) + k;
                cumulativeEvents += events[row]; // summary's n.event/n.censor count since the previous time asked for
                cumulativeCensored += censored[row];
                Assert.Equal(risk[row], at[k].NumberAtRisk);
                Assert.Equal(risk[row], table.NumberAtRisk[c][k]);
                Assert.Equal(cumulativeEvents, table.CumulativeEvents[c][k]);
                Assert.Equal(cumulativeCensored, table.CumulativeCensored[c][k]);
                AssertClose.Relative(surv[row], at[k].Survival, Tolerance, $"surv {c},{k}");
                AssertClose.Relative(se[row], at[k].GreenwoodStandardError, Tolerance, $"std.err {c},{k}");
                AssertClose.Relative(lower[row], at[k].Lower, Tolerance, $"lower {c},{k}");
                AssertClose.Relative(upper[row], at[k].Upper, Tolerance, $"upper {c},{k}");
            }
        }
    }

    [Fact]
    public void Ninety_percent_log_log_interval_equals_survfit()
    {
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["km_aml_ci90_loglog"]!;
        var curve = KM.Fit(Aml(false), new KaplanMeierOptions { ConfidenceLevel = 0.9, ConfidenceType = ConfidenceIntervalType.LogLog }).Curves[0];
        AssertClose.Relative(ReferenceFixture.Numbers(e["lower"]), curve.Lower.ToArray(), Tolerance, "lower");
        AssertClose.Relative(ReferenceFixture.Numbers(e["upper"]), curve.Upper.ToArray(), Tolerance, "upper");
        var ci = ReferenceFixture.Numbers(e["median_ci"]);
        var median = curve.Median();
        AssertClose.Relative(e["median"]!.GetValue<double>(), median.Time, Tolerance, "median");
        AssertClose.Relative(ci[0], median.Lower, Tolerance, "LCL");
        AssertClose.Relative(ci[1], median.Upper, Tolerance, "UCL");
    }

    [Fact]
    public void Restricted_mean_with_a_numeric_limit_equals_survfit()
    {
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["rmean30_aml_x"]!;
        var fit = KM.Fit(Aml(true));
        var mean = ReferenceFixture.Numbers(e["rmean"]);
        var se = ReferenceFixture.Numbers(e["se_rmean"]);
        for (var c = 0; c < 2; c++)
        {
            var r = fit.Curves[c].RestrictedMean(30);
            AssertClose.Relative(mean[c], r.Mean, Tolerance, "rmean");
            AssertClose.Relative(se[c], r.StandardError, Tolerance, "se");
        }
    }

    [Fact]
    public void Near_tied_times_are_one_curve_time()
    {
        var e = ReferenceFixture.Json("extra/expected/extra_km_logrank.json")["timefix"]!;
        var data = SurvivalData.Create(ReferenceFixture.Numbers(e["input_time"]), ReferenceFixture.Numbers(e["status"]).Select(x => (int)x).ToArray());
        var curve = KM.Fit(data).Curves[0];
        AssertClose.Relative(ReferenceFixture.Numbers(e["time"]), curve.Time.ToArray(), 0, "time");
        Assert.Equal(ReferenceFixture.Numbers(e["n.risk"]), curve.NumberAtRisk.ToArray().Select(x => (double)x));
        Assert.Equal(ReferenceFixture.Numbers(e["n.event"]), curve.NumberOfEvents.ToArray().Select(x => (double)x));
        AssertClose.Relative(ReferenceFixture.Numbers(e["surv"]), curve.Survival.ToArray(), Tolerance, "surv");
        Assert.Equal(5, KM.Fit(data, new KaplanMeierOptions { TimeFix = false }).Curves[0].Length);
    }

    [Fact]
    public void Spss_median_standard_error_is_collett_s_density_formula()
    {
        // Closed form on aml overall (curve in aml.json): median = 27 (first event time with S ≤ 0.5, S = 0.49689);
        // u = largest event time with S ≥ 0.55 → 18 (S = 0.64596; S(23) = 0.54658 is below); l = smallest event time with S ≤ 0.45 → 30 (S = 0.44168).
        // SE = Greenwood SE(S(27)) / ((S(18) − S(30)) / (30 − 18)); CI = 27 ± z·SE.
        var curve = KM.Fit(Aml(false)).Curves[0];
        var q = curve.Median(MedianDefinition.Spss);
        var s = curve.Survival;
        var at = curve.Time.ToArray();
        var i27 = Array.IndexOf(at, 27.0);
        var density = (s[Array.IndexOf(at, 18.0)] - s[Array.IndexOf(at, 30.0)]) / (30 - 18);
        var se = curve.GreenwoodStandardError(i27) / density;
        Assert.Equal(27, q.Time);
        AssertClose.Relative(se, q.StandardError, 1e-12, "se");
        AssertClose.Relative(27 - (1.959963984540054 * se), q.Lower, 1e-12, "lower");
        AssertClose.Relative(27 + (1.959963984540054 * se), q.Upper, 1e-12, "upper");
        Assert.True(double.IsNaN(curve.Median(MedianDefinition.R).StandardError));
    }

    [Fact]
    public void A_curve_that_never_reaches_one_half_has_no_median()
    {
        var data = SurvivalData.Create([1, 2, 3, 4, 5], new[] { 1, 0, 0, 0, 0 });
        var curve = KM.Fit(data).Curves[0];
        Assert.True(double.IsNaN(curve.Median().Time));
        Assert.True(double.IsNaN(curve.Median(MedianDefinition.Spss).Time));
    }

    [Fact]
    public void Invalid_options_are_argument_exceptions()
    {
        Assert.Throws<ArgumentException>(() => KM.Fit(Aml(false), new KaplanMeierOptions { ConfidenceLevel = 1 }));
        Assert.Throws<ArgumentException>(() => KM.Fit(Aml(false)).Curves[0].Quantile(1.5, MedianDefinition.R));
    }
}
