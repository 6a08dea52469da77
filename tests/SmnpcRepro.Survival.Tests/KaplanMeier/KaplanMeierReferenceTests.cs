using System.Text.Json.Nodes;
using SmnpcRepro.Survival.KaplanMeier;
using SmnpcRepro.Survival.Tests.Fixtures;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Survival.Tests.KaplanMeier;

/// <summary>
/// Every KM analysis of the R fixtures (r-survival/expected/{aml,lung,ovarian}.json, km[]; R 4.2.2,
/// survival 3.5-3; the exact calls are in each entry's <c>calls</c>/<c>summary_calls</c>), every
/// stratum and every conf.type: the curve columns, the printed median and its CI, the restricted means
/// (common and individual limit), quantile(fit, c(.25,.5,.75)) with CIs, and the SPSS-style median.
/// Tolerance 1e-9 relative (the bound; R's values are converged doubles).
/// </summary>
public sealed class KaplanMeierReferenceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string, string> Analyses()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var dataset in new[] { "aml", "lung", "ovarian" })
        {
            var json = ReferenceFixture.Json($"r-survival/expected/{dataset}.json");
            foreach (var km in json["km"]!.AsArray())
            {
                foreach (var type in new[] { "log", "log-log", "plain" })
                {
                    data.Add(dataset, km!["id"]!.GetValue<string>(), type);
                }
            }
        }

        return data;
    }

    internal static ConfidenceIntervalType ParseType(string type) => type switch
    {
        "log" => ConfidenceIntervalType.Log,
        "log-log" => ConfidenceIntervalType.LogLog,
        "plain" => ConfidenceIntervalType.Plain,
        _ => throw new ArgumentException(type),
    };

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Agrees_with_survfit(string dataset, string id, string confType)
    {
        var json = ReferenceFixture.Json($"r-survival/expected/{dataset}.json");
        var km = json["km"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var strata = km["strata"]!.AsArray();
        var formula = FixtureData.ParseCall(km["calls"]![confType]!.GetValue<string>());
        var levels = formula.Group is null ? null : FixtureData.LevelsFromLabels(strata.Select(s => s!["label"]!.GetValue<string>()));
        var loaded = FixtureData.Load("r-survival/" + json["csv"]!.GetValue<string>(), formula, levels);
        Assert.Equal(km["rows_dropped"]!.AsArray().Select(r => r!.GetValue<int>()), loaded.RowsDropped);
        Assert.Equal(km["n_used"]!.GetValue<int>(), loaded.Data.Count);

        var options = new KaplanMeierOptions { ConfidenceType = ParseType(confType), ConfidenceLevel = km["conf.int"]!.GetValue<double>() };
        var fit = KM.Fit(loaded.Data, options);
        Assert.Equal(strata.Count, fit.Curves.Count);
        for (var s = 0; s < strata.Count; s++)
        {
            var expected = strata[s]!;
            var curve = fit.Curves[s];
            var label = expected["label"]!.GetValue<string>();
            if (formula.Group is not null)
            {
                Assert.Equal(label, curve.Label);
            }

            CheckCurve(expected["curve"]!, curve, confType, $"{id}/{label}/{confType}");
            CheckTable(expected["table"]!, fit, s, confType, $"{id}/{label}/{confType}");
            CheckQuantiles(expected["quantiles"]!, curve, confType, $"{id}/{label}/{confType}");
            AssertClose.Relative(ReferenceFixture.Number(expected["spss_style_median_derived"]) ?? double.NaN, curve.Median(MedianDefinition.Spss).Time, Tolerance, $"{id}/{label} SPSS median");
        }
    }

    private static void CheckCurve(JsonNode expected, KaplanMeierCurve curve, string confType, string what)
    {
        AssertClose.Relative(ReferenceFixture.Numbers(expected["time"]), curve.Time.ToArray(), Tolerance, what + " time");
        Assert.Equal(ReferenceFixture.Numbers(expected["n.risk"]), curve.NumberAtRisk.ToArray().Select(x => (double)x));
        Assert.Equal(ReferenceFixture.Numbers(expected["n.event"]), curve.NumberOfEvents.ToArray().Select(x => (double)x));
        Assert.Equal(ReferenceFixture.Numbers(expected["n.censor"]), curve.NumberCensored.ToArray().Select(x => (double)x));
        AssertClose.Relative(ReferenceFixture.Numbers(expected["surv"]), curve.Survival.ToArray(), Tolerance, what + " surv");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["std.err"]), curve.StandardError.ToArray(), Tolerance, what + " std.err");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["greenwood_se_surv"]), Enumerable.Range(0, curve.Length).Select(curve.GreenwoodStandardError).ToArray(), Tolerance, what + " greenwood");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["cumhaz"]), curve.CumulativeHazard.ToArray(), Tolerance, what + " cumhaz");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["std.chaz"]), curve.CumulativeHazardStandardError.ToArray(), Tolerance, what + " std.chaz");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["lower"]![confType]), curve.Lower.ToArray(), Tolerance, what + " lower");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["upper"]![confType]), curve.Upper.ToArray(), Tolerance, what + " upper");
    }

    private static void CheckTable(JsonNode table, KaplanMeierFit fit, int s, string confType, string what)
    {
        var curve = fit.Curves[s];
        Assert.Equal(table["records"]!.GetValue<int>(), curve.Records);
        Assert.Equal(table["events"]!.GetValue<int>(), curve.Events);
        var median = curve.Median(MedianDefinition.R);
        AssertClose.Relative(ReferenceFixture.Number(table["median"]) ?? double.NaN, median.Time, Tolerance, what + " median");
        var ci = ReferenceFixture.Numbers(table["median_ci"]![confType]);
        AssertClose.Relative(ci[0], median.Lower, Tolerance, what + " median LCL");
        AssertClose.Relative(ci[1], median.Upper, Tolerance, what + " median UCL");

        var common = fit.RestrictedMean(s, RestrictedMeanLimit.Common);
        AssertClose.Relative(table["rmean_common_upper_limit"]!.GetValue<double>(), common.UpperLimit, Tolerance, what + " rmean common limit");
        AssertClose.Relative(table["rmean_common"]!.GetValue<double>(), common.Mean, Tolerance, what + " rmean common");
        AssertClose.Relative(table["se_rmean_common"]!.GetValue<double>(), common.StandardError, Tolerance, what + " se rmean common");
        var individual = fit.RestrictedMean(s, RestrictedMeanLimit.Individual);
        AssertClose.Relative(table["rmean_individual_upper_limit"]!.GetValue<double>(), individual.UpperLimit, Tolerance, what + " rmean individual limit");
        AssertClose.Relative(table["rmean_individual"]!.GetValue<double>(), individual.Mean, Tolerance, what + " rmean individual");
        AssertClose.Relative(table["se_rmean_individual"]!.GetValue<double>(), individual.StandardError, Tolerance, what + " se rmean individual");
        Assert.Equal(individual, curve.SpssMean());
    }

    private static void CheckQuantiles(JsonNode quantiles, KaplanMeierCurve curve, string confType, string what)
    {
        var probs = ReferenceFixture.Numbers(quantiles["probs"]);
        var q = ReferenceFixture.Numbers(quantiles["quantile"]);
        var lower = ReferenceFixture.Numbers(quantiles["ci"]![confType]!["lower"]);
        var upper = ReferenceFixture.Numbers(quantiles["ci"]![confType]!["upper"]);
        for (var i = 0; i < probs.Length; i++)
        {
            var actual = curve.Quantile(probs[i], MedianDefinition.R);
            AssertClose.Relative(q[i], actual.Time, Tolerance, $"{what} quantile {probs[i]}");
            AssertClose.Relative(lower[i], actual.Lower, Tolerance, $"{what} quantile {probs[i]} lower");
            AssertClose.Relative(upper[i], actual.Upper, Tolerance, $"{what} quantile {probs[i]} upper");
        }
    }
}
