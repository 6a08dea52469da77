using System.Text.Json.Nodes;
using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.LogRank;

/// <summary>
/// Every log-rank and weighted log-rank analysis of the R fixtures (r-survival/expected/*.json;
/// R 4.2.2, survival 3.5-3): <c>logrank[]</c> are <c>survdiff</c> calls (rho 0/1, stratified or not);
/// <c>weighted_logrank[]</c> were computed by the fixture's explicit formula (validated there against
/// survdiff and survMisc). Tolerance 1e-9 relative; p-values compared on the log scale.
/// </summary>
public sealed class LogRankReferenceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string> SurvdiffCalls() => Entries("logrank");

    public static TheoryData<string, string> WeightedTests() => Entries("weighted_logrank");

    [Theory]
    [MemberData(nameof(SurvdiffCalls))]
    public void Agrees_with_survdiff(string dataset, string id)
    {
        var json = ReferenceFixture.Json($"r-survival/expected/{dataset}.json");
        var expected = json["logrank"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var formula = FixtureData.ParseCall(expected["call"]!.GetValue<string>());
        var groupLevels = FixtureData.LevelsFromLabels(expected["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        var strataLevels = expected["strata"] is JsonArray st ? FixtureData.LevelsFromLabels(st.Select(s => s!.GetValue<string>())) : null;
        var loaded = FixtureData.Load("r-survival/" + json["csv"]!.GetValue<string>(), formula, groupLevels, strataLevels);
        Assert.Equal(expected["rows_dropped"]!.AsArray().Select(r => r!.GetValue<int>()), loaded.RowsDropped);

        var result = LogRankTest.Compute(loaded.Data, LogRankOptions.GRho(expected["rho"]!.GetValue<double>()));
        Assert.Equal(expected["groups"]!.AsArray().Select(g => g!.GetValue<string>()), result.Groups);
        Assert.Equal(expected["n"]!.AsArray().Select(g => g!.GetValue<int>()), result.N);
        AssertClose.Relative(ReferenceFixture.Numbers(expected["observed"]), [.. result.Observed], Tolerance, id + " observed");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["expected"]), [.. result.Expected], Tolerance, id + " expected");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["o_minus_e_sq_over_e"]), [.. result.ChiSquareOverExpected], Tolerance, id + " (O-E)^2/E");
        AssertClose.Relative(ReferenceFixture.Numbers(expected["o_minus_e_sq_over_v"]), [.. result.ChiSquareOverVariance], Tolerance, id + " (O-E)^2/V");
        CheckMatrix(expected["var"]!, result.Variance, id + " var");
        AssertClose.Relative(expected["chisq"]!.GetValue<double>(), result.ChiSquare, Tolerance, id + " chisq");
        Assert.Equal(expected["df"]!.GetValue<int>(), result.DegreesOfFreedom);
        AssertClose.Relative(Math.Log(expected["p"]!.GetValue<double>()), Math.Log(result.PValue), Tolerance, id + " log p");
        if (expected["strata"] is JsonArray strata)
        {
            Assert.Equal(strata.Select(s => s!.GetValue<string>()), result.Strata);
            Assert.Equal(expected["strata_n"]!.AsArray().Select(g => g!.GetValue<int>()), result.StrataN);
            CheckMatrix(expected["observed_by_stratum"]!, result.ObservedByStratum, id + " observed by stratum");
            CheckMatrix(expected["expected_by_stratum"]!, result.ExpectedByStratum, id + " expected by stratum");
        }

        Assert.Empty(result.Warnings);
    }

    [Theory]
    [MemberData(nameof(WeightedTests))]
    public void Agrees_with_the_weighted_log_rank_reference(string dataset, string id)
    {
        var json = ReferenceFixture.Json($"r-survival/expected/{dataset}.json");
        var expected = json["weighted_logrank"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var timeColumn = dataset == "ovarian" ? "futime" : "time";
        var formula = new FixtureData.Formula(timeColumn, "event", expected["group_variable"]!.GetValue<string>(), null);
        var levels = expected["groups"]!.AsArray().Select(g => g!.GetValue<string>()).ToArray();
        var loaded = FixtureData.Load("r-survival/" + json["csv"]!.GetValue<string>(), formula, levels);
        Assert.Equal(expected["n_used"]!.GetValue<int>(), loaded.Data.Count);
        Assert.Equal(expected["rows_dropped"]!.AsArray().Select(r => r!.GetValue<int>()), loaded.RowsDropped);

        var tests = expected["tests"]!.AsArray();
        Assert.Equal(4, tests.Count);
        foreach (var test in tests)
        {
            var name = test!["test"]!.GetValue<string>();
            var weight = name switch
            {
                "log-rank" => LogRankWeight.LogRank,
                "Gehan-Breslow (generalized Wilcoxon)" => LogRankWeight.GehanBreslow,
                "Tarone-Ware" => LogRankWeight.TaroneWare,
                "Peto-Peto (= survdiff rho = 1)" => LogRankWeight.PetoPeto,
                _ => throw new InvalidDataException(name),
            };
            var result = LogRankTest.Compute(loaded.Data, new LogRankOptions { Weight = weight });
            var what = $"{id} {name}";
            AssertClose.Relative(ReferenceFixture.Numbers(test["U"]), [.. result.ObservedMinusExpected], Tolerance, what + " U");
            CheckMatrix(test["var"]!, result.Variance, what + " var");
            AssertClose.Relative(test["chisq"]!.GetValue<double>(), result.ChiSquare, Tolerance, what + " chisq");
            Assert.Equal(test["df"]!.GetValue<int>(), result.DegreesOfFreedom);
            AssertClose.Relative(Math.Log(test["p"]!.GetValue<double>()), Math.Log(result.PValue), Tolerance, what + " log p");
        }
    }

    internal static void CheckMatrix(JsonNode expected, IReadOnlyList<IReadOnlyList<double>> actual, string what)
    {
        var rows = expected.AsArray();
        Assert.Equal(rows.Count, actual.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            // Off-diagonal sums cancel to ~1e-15 of the diagonal; compare each element relative to its row's scale.
            var e = ReferenceFixture.Numbers(rows[r]);
            var scale = e.Max(Math.Abs);
            Assert.Equal(e.Length, actual[r].Count);
            for (var c = 0; c < e.Length; c++)
            {
                Assert.True(Math.Abs(e[c] - actual[r][c]) <= Tolerance * scale, $"{what}[{r},{c}]: expected {e[c]:R}, got {actual[r][c]:R}");
            }
        }
    }

    private static TheoryData<string, string> Entries(string list)
    {
        var data = new TheoryData<string, string>();
        foreach (var dataset in new[] { "aml", "lung", "ovarian" })
        {
            foreach (var entry in ReferenceFixture.Json($"r-survival/expected/{dataset}.json")[list]!.AsArray())
            {
                data.Add(dataset, entry!["id"]!.GetValue<string>());
            }
        }

        return data;
    }
}
