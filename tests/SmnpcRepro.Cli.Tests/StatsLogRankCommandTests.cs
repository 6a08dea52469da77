using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// <c>smnpc stats logrank --json</c> against every survdiff call (logrank[]) and every weighted test
/// (weighted_logrank[]) in r-survival/expected/*.json (R 4.2.2, survival 3.5-3), the trend and pairwise
/// extras (extra/expected/extra_km_logrank.json) and the exact permutation p (small-sample/expected/perm_aml.json).
/// Tolerance 1e-9 relative.
/// </summary>
public sealed partial class StatsLogRankCommandTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string> SurvdiffCalls() => Entries("logrank");

    public static TheoryData<string, string> WeightedTests() => Entries("weighted_logrank");

    [Theory]
    [MemberData(nameof(SurvdiffCalls))]
    public void Json_equals_survdiff(string dataset, string id)
    {
        var fixture = CliRun.FixtureJson($"r-survival/expected/{dataset}.json");
        var e = fixture["logrank"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var m = Formula().Match(e["call"]!.GetValue<string>());
        var args = new List<string> { "stats", "logrank", "--data", CliRun.Fixture("r-survival/" + fixture["csv"]!.GetValue<string>()), "--time", m.Groups["time"].Value, "--event", "event", "--group", m.Groups["group"].Value, "--rho", e["rho"]!.ToJsonString(), "--json" };
        if (m.Groups["strata"].Success)
        {
            args.AddRange(["--strata", m.Groups["strata"].Value]);
        }

        var run = CliRun.Run([.. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        var a = run.Json;
        Assert.Equal(e["groups"]!.AsArray().Select(g => g!.GetValue<string>()), a["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(e["n"]!.AsArray().Select(g => g!.GetValue<int>()), a["n"]!.AsArray().Select(g => g!.GetValue<int>()));
        CliRun.Close(CliRun.Numbers(e["observed"]), CliRun.Numbers(a["obs"]), Tolerance, id + " obs");
        CliRun.Close(CliRun.Numbers(e["expected"]), CliRun.Numbers(a["exp"]), Tolerance, id + " exp");
        Matrix(e["var"]!, a["var"]!, id + " var");
        CliRun.Close(CliRun.Number(e["chisq"]), CliRun.Number(a["chisq"]), Tolerance, id + " chisq");
        Assert.Equal(e["df"]!.GetValue<int>(), a["df"]!.GetValue<int>());
        CliRun.Close(Math.Log(CliRun.Number(e["p"])), Math.Log(CliRun.Number(a["p"])), Tolerance, id + " log p");
        Assert.Equal(e["rows_dropped"]!.AsArray().Count, a["input"]!["rows_dropped"]!.GetValue<int>());
        if (e["strata"] is JsonArray strata)
        {
            Assert.Equal(strata.Select(s => s!.GetValue<string>()), a["strata"]!.AsArray().Select(s => s!.GetValue<string>()));
            Matrix(e["observed_by_stratum"]!, a["obs_by_stratum"]!, id + " obs by stratum");
        }
    }

    [Theory]
    [MemberData(nameof(WeightedTests))]
    public void Json_equals_the_weighted_log_rank_reference(string dataset, string id)
    {
        var fixture = CliRun.FixtureJson($"r-survival/expected/{dataset}.json");
        var e = fixture["weighted_logrank"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        foreach (var test in e["tests"]!.AsArray())
        {
            var name = test!["test"]!.GetValue<string>();
            string[] weight = name switch
            {
                "log-rank" => ["--rho", "0"],
                "Gehan-Breslow (generalized Wilcoxon)" => ["--weight", "gehan"],
                "Tarone-Ware" => ["--weight", "tarone-ware"],
                _ => ["--rho", "1"],
            };
            var run = CliRun.Run(["stats", "logrank", "--data", CliRun.Fixture("r-survival/" + fixture["csv"]!.GetValue<string>()), "--time", dataset == "ovarian" ? "futime" : "time", "--event", "event", "--group", e["group_variable"]!.GetValue<string>(), "--json", .. weight]);
            Assert.True(run.ExitCode == 0, run.Error);
            CliRun.Close(CliRun.Numbers(test["U"]), CliRun.Numbers(run.Json["o_minus_e"]), Tolerance, $"{id} {name} U");
            Matrix(test["var"]!, run.Json["var"]!, $"{id} {name} var");
            CliRun.Close(CliRun.Number(test["chisq"]), CliRun.Number(run.Json["chisq"]), Tolerance, $"{id} {name} chisq");
        }
    }

    [Fact]
    public void Pairwise_trend_and_exact_permutation_equal_their_references()
    {
        var extra = CliRun.FixtureJson("extra/expected/extra_km_logrank.json");
        var run = CliRun.Run("stats", "logrank", "--data", CliRun.Fixture("r-survival/datasets/lung.csv"), "--time", "time", "--event", "event", "--group", "ecog_grp", "--pairwise", "--trend", "--json");
        Assert.Equal(0, run.ExitCode);
        var pairs = run.Json["pairwise"]!.AsArray();
        var expected = extra["pairwise_ecog_grp"]!.AsArray();
        for (var i = 0; i < 3; i++)
        {
            CliRun.Close(CliRun.Number(expected[i]!["chisq"]), CliRun.Number(pairs[i]!["chisq"]), Tolerance, "pairwise chisq");
        }

        Assert.Equal(1, run.Json["trend"]!["df"]!.GetValue<int>());

        var perm = CliRun.FixtureJson("small-sample/expected/perm_aml.json")["brute_force_exact"]!;
        var exact = CliRun.Run("stats", "logrank", "--data", CliRun.Fixture("small-sample/datasets/aml.csv"), "--time", "time", "--event", "status", "--group", "x", "--exact", "--json");
        Assert.True(exact.ExitCode == 0, exact.Error);
        CliRun.Close(CliRun.Number(perm["survdiff_chisq"]!["p"]), CliRun.Number(exact.Json["exact"]!["p"]), Tolerance, "exact p");
    }

    [Fact]
    public void Monte_carlo_permutation_is_reproducible_from_the_seed()
    {
        string[] args = ["stats", "logrank", "--data", CliRun.Fixture("r-survival/datasets/aml.csv"), "--time", "time", "--event", "event", "--group", "x", "--permutations", "5000", "--seed", "11", "--json"];
        var first = CliRun.Run(args);
        var second = CliRun.Run(args);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Json["permutation"]!.ToJsonString(), second.Json["permutation"]!.ToJsonString());
    }

    [Fact]
    public void Table_output_reads_like_survdiff()
    {
        var run = CliRun.Run("stats", "logrank", "--data", CliRun.Fixture("r-survival/datasets/aml.csv"), "--time", "time", "--event", "event", "--group", "x");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Chisq= 3.39639  on 1 degrees of freedom, p= 0.06534", run.Out, StringComparison.Ordinal);
    }

    private static void Matrix(JsonNode expected, JsonNode actual, string what)
    {
        var e = expected.AsArray();
        var a = actual.AsArray();
        Assert.Equal(e.Count, a.Count);
        for (var r = 0; r < e.Count; r++)
        {
            var er = CliRun.Numbers(e[r]);
            var ar = CliRun.Numbers(a[r]);
            var scale = er.Max(Math.Abs);
            for (var c = 0; c < er.Length; c++)
            {
                Assert.True(Math.Abs(er[c] - ar[c]) <= Tolerance * scale, $"{what}[{r},{c}]: expected {er[c]:R}, got {ar[c]:R}");
            }
        }
    }

    private static TheoryData<string, string> Entries(string list)
    {
        var data = new TheoryData<string, string>();
        foreach (var dataset in new[] { "aml", "lung", "ovarian" })
        {
            foreach (var entry in CliRun.FixtureJson($"r-survival/expected/{dataset}.json")[list]!.AsArray())
            {
                data.Add(dataset, entry!["id"]!.GetValue<string>());
            }
        }

        return data;
    }

    [GeneratedRegex(@"Surv\((?<time>[\w.]+), event\) ~ (?<group>[\w.]+)( \+ strata\((?<strata>[\w.]+)\))?")]
    private static partial Regex Formula();
}
