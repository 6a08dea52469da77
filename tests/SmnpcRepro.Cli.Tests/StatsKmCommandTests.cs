using System.Text.RegularExpressions;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// <c>smnpc stats km --json</c> on the fixture CSVs against R's survfit for every KM analysis and conf.type
/// in r-survival/expected/*.json (R 4.2.2, survival 3.5-3; calls inside). Tolerance 1e-9 relative.
/// </summary>
public sealed partial class StatsKmCommandTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string, string> Analyses()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var dataset in new[] { "aml", "lung", "ovarian" })
        {
            foreach (var km in CliRun.FixtureJson($"r-survival/expected/{dataset}.json")["km"]!.AsArray())
            {
                foreach (var type in new[] { "log", "log-log", "plain" })
                {
                    data.Add(dataset, km!["id"]!.GetValue<string>(), type);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Json_equals_survfit(string dataset, string id, string confType)
    {
        var fixture = CliRun.FixtureJson($"r-survival/expected/{dataset}.json");
        var km = fixture["km"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var m = Formula().Match(km["calls"]![confType]!.GetValue<string>());
        var args = new List<string> { "stats", "km", "--data", CliRun.Fixture("r-survival/" + fixture["csv"]!.GetValue<string>()), "--time", m.Groups["time"].Value, "--event", "event", "--conf-type", confType, "--json" };
        if (m.Groups["group"].Value != "1")
        {
            args.AddRange(["--group", m.Groups["group"].Value]);
        }

        var run = CliRun.Run([.. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        var json = run.Json;
        Assert.Equal(km["n_used"]!.GetValue<int>(), json["n"]!.GetValue<int>());
        Assert.Equal(km["rows_dropped"]!.AsArray().Count, json["input"]!["rows_dropped"]!.GetValue<int>());
        Assert.Equal(km["rows_dropped"]!.AsArray().Select(r => r!.GetValue<int>() + 1), json["input"]!["dropped_lines"]!.AsArray().Select(l => l!.GetValue<int>()));
        var expectedStrata = km["strata"]!.AsArray();
        var actualStrata = json["strata"]!.AsArray();
        Assert.Equal(expectedStrata.Count, actualStrata.Count);
        for (var s = 0; s < expectedStrata.Count; s++)
        {
            var e = expectedStrata[s]!;
            var a = actualStrata[s]!;
            var what = $"{id}/{e["label"]}/{confType}";
            if (m.Groups["group"].Value != "1")
            {
                Assert.Equal(e["label"]!.GetValue<string>(), a["label"]!.GetValue<string>());
            }

            var curve = e["curve"]!;
            foreach (var column in new[] { "time", "n.risk", "n.event", "n.censor", "surv", "std.err", "greenwood_se_surv", "cumhaz", "std.chaz" })
            {
                CliRun.Close(CliRun.Numbers(curve[column]), CliRun.Numbers(a["curve"]![column]), Tolerance, $"{what} {column}");
            }

            CliRun.Close(CliRun.Numbers(curve["lower"]![confType]), CliRun.Numbers(a["curve"]!["lower"]), Tolerance, what + " lower");
            CliRun.Close(CliRun.Numbers(curve["upper"]![confType]), CliRun.Numbers(a["curve"]!["upper"]), Tolerance, what + " upper");
            var table = e["table"]!;
            Assert.Equal(table["records"]!.GetValue<int>(), a["records"]!.GetValue<int>());
            Assert.Equal(table["events"]!.GetValue<int>(), a["events"]!.GetValue<int>());
            CliRun.Close(CliRun.Number(table["median"]), CliRun.Number(a["median"]), Tolerance, what + " median");
            var ci = CliRun.Numbers(table["median_ci"]![confType]);
            CliRun.Close(ci[0], CliRun.Number(a["0.95LCL"]), Tolerance, what + " LCL");
            CliRun.Close(ci[1], CliRun.Number(a["0.95UCL"]), Tolerance, what + " UCL");
            CliRun.Close(CliRun.Number(table["rmean_common"]), CliRun.Number(a["rmean"]), Tolerance, what + " rmean");
            CliRun.Close(CliRun.Number(table["se_rmean_common"]), CliRun.Number(a["se(rmean)"]), Tolerance, what + " se(rmean)");
            CliRun.Close(CliRun.Number(table["rmean_individual"]), CliRun.Number(a["spss"]!["mean"]), Tolerance, what + " SPSS mean");
            CliRun.Close(CliRun.Number(e["spss_style_median_derived"]), CliRun.Number(a["spss"]!["median"]), Tolerance, what + " SPSS median");
            var q = e["quantiles"]!;
            CliRun.Close(CliRun.Numbers(q["quantile"]), CliRun.Numbers(a["quantile"]!["quantile"]), Tolerance, what + " quantile");
            CliRun.Close(CliRun.Numbers(q["ci"]![confType]!["lower"]), CliRun.Numbers(a["quantile"]!["lower"]), Tolerance, what + " quantile lower");
            CliRun.Close(CliRun.Numbers(q["ci"]![confType]!["upper"]), CliRun.Numbers(a["quantile"]!["upper"]), Tolerance, what + " quantile upper");
        }
    }

    [Fact]
    public void Event_codes_other_than_one_and_zero_give_the_same_fit()
    {
        var csv = CliRun.Fixture("r-survival/datasets/lung.csv");
        var byEvent = CliRun.Run("stats", "km", "--data", csv, "--time", "time", "--event", "event", "--group", "sex", "--json");
        var byStatus = CliRun.Run("stats", "km", "--data", csv, "--time", "time", "--event", "status", "--event-code", "2", "--censor-code", "1", "--group", "sex", "--json");
        Assert.Equal(0, byStatus.ExitCode);
        Assert.Equal(byEvent.Json["strata"]!.ToJsonString(), byStatus.Json["strata"]!.ToJsonString());
    }

    [Fact]
    public void Risk_table_at_chosen_times_equals_summary_with_times()
    {
        // extra/expected/extra_km_logrank.json "summary_times_aml_x": summary(survfit(Surv(time, event) ~ x, data = aml), times = ..., extend = TRUE).
        var e = CliRun.FixtureJson("extra/expected/extra_km_logrank.json")["summary_times_aml_x"]!;
        var times = CliRun.Numbers(e["times"]);
        var run = CliRun.Run("stats", "km", "--data", CliRun.Fixture("r-survival/datasets/aml.csv"), "--time", "time", "--event", "event", "--group", "x", "--times", string.Join(",", times), "--json");
        var strata = run.Json["strata"]!.AsArray();
        var risk = CliRun.Numbers(e["n.risk"]);
        var surv = CliRun.Numbers(e["surv"]);
        for (var c = 0; c < 2; c++)
        {
            var at = strata[c]!["at_times"]!;
            CliRun.Close(risk[(c * times.Length)..((c + 1) * times.Length)], CliRun.Numbers(at["n.risk"]), 0, "n.risk");
            CliRun.Close(surv[(c * times.Length)..((c + 1) * times.Length)], CliRun.Numbers(at["surv"]), Tolerance, "surv");
        }
    }

    [Fact]
    public void Group_and_strata_give_one_curve_per_combination_as_r_labels_them()
    {
        // R 4.2.2, survival 3.5-3: f <- survfit(Surv(time, event) ~ sex + ecog_grp, data = lung)
        //   names(f$strata): "sex=1, ecog_grp=0" ... "sex=2, ecog_grp=2"; f$strata (curve rows): 35 65 30 27 42 21
        var run = CliRun.Run("stats", "km", "--data", CliRun.Fixture("r-survival/datasets/lung.csv"), "--time", "time", "--event", "event", "--group", "sex", "--strata", "ecog_grp", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var strata = run.Json["strata"]!.AsArray();
        Assert.Equal(["sex=1, ecog_grp=0", "sex=1, ecog_grp=1", "sex=1, ecog_grp=2", "sex=2, ecog_grp=0", "sex=2, ecog_grp=1", "sex=2, ecog_grp=2"], strata.Select(s => s!["label"]!.GetValue<string>()));
        Assert.Equal([35, 65, 30, 27, 42, 21], strata.Select(s => s!["curve"]!["time"]!.AsArray().Count));
    }

    [Fact]
    public void Table_output_is_readable_text()
    {
        var run = CliRun.Run("stats", "km", "--data", CliRun.Fixture("r-survival/datasets/aml.csv"), "--time", "time", "--event", "event", "--group", "x", "--median", "spss", "--curve");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("x=Maintained", run.Out, StringComparison.Ordinal);
        Assert.Contains("median(SPSS)", run.Out, StringComparison.Ordinal);
        Assert.Contains("restricted mean with upper limit = 161", run.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Surv\((?<time>[\w.]+), event\) ~ (?<group>[\w.]+)")]
    private static partial Regex Formula();
}
