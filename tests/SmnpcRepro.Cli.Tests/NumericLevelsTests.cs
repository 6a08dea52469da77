using System.Text.Json.Nodes;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// Group, strata and factor() columns of numbers written with mixed spellings (1, 1.0, 01, 1e0; 100000,
/// 1e5, 1e+05, 100000.0) give R's levels in km, logrank and cox: one level per number, numeric order,
/// labelled as R prints the number. Expected values: Fixtures/numeric-levels/expected.json, made by
/// make-fixture.R beside it (R 4.2.2, survival 3.5-3). Labels and counts exact; estimates to 1e-9 relative.
/// </summary>
public sealed class NumericLevelsTests
{
    private const double Tolerance = 1e-9;

    private static readonly string Data = CliRun.Fixture("numeric-levels/mixed-spellings.csv");

    private static JsonNode Expected(string entry) => CliRun.FixtureJson("numeric-levels/expected.json")[entry]!;

    [Theory]
    [InlineData("grp", "km_group")]
    [InlineData("st", "km_strata_column")]
    public void Km_draws_one_curve_per_number(string column, string entry)
    {
        var e = Expected(entry);
        var run = CliRun.Run("stats", "km", "--data", Data, "--time", "time", "--event", "event", "--group", column, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var strata = run.Json["strata"]!.AsArray();
        Assert.Equal(Strings(e["strata"]), strata.Select(s => s!["label"]!.GetValue<string>()));
        Assert.Equal(CliRun.Numbers(e["records"]), strata.Select(s => (double)s!["records"]!.GetValue<int>()));
        Assert.Equal(CliRun.Numbers(e["events"]), strata.Select(s => (double)s!["events"]!.GetValue<int>()));
        CliRun.Close(CliRun.Numbers(e["median"]), strata.Select(s => CliRun.Number(s!["median"])).ToArray(), Tolerance, entry + " median");
    }

    [Fact]
    public void Logrank_tests_one_group_per_number_within_numeric_strata()
    {
        var e = Expected("logrank");
        var run = CliRun.Run("stats", "logrank", "--data", Data, "--time", "time", "--event", "event", "--group", "grp", "--strata", "st", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var a = run.Json;
        Assert.Equal(Strings(e["groups"]), Strings(a["groups"]));
        Assert.Equal(["st=1", "st=2"], Strings(a["strata"]));
        CliRun.Close(CliRun.Numbers(e["observed"]), CliRun.Numbers(a["obs"]), Tolerance, "obs");
        CliRun.Close(CliRun.Numbers(e["expected"]), CliRun.Numbers(a["exp"]), Tolerance, "exp");
        CliRun.Close(CliRun.Numbers(e["chisq"])[0], CliRun.Number(a["chisq"]), Tolerance, "chisq");
        Assert.Equal((int)CliRun.Numbers(e["df"])[0], a["df"]!.GetValue<int>());
    }

    [Fact]
    public void Cox_names_factor_terms_and_fits_strata_as_R_does()
    {
        var e = Expected("cox");
        var run = CliRun.Run("stats", "cox", "--data", Data, "--time", "time", "--event", "event", "--covariates", "x,factor(f),factor(grp)", "--strata", "st", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var a = run.Json;
        var coefficients = a["coefficients"]!.AsArray();
        Assert.Equal(Strings(e["names"]), coefficients.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(["1", "2"], Strings(a["strata_levels"]).Select(s => s[(s.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        CliRun.Close(CliRun.Numbers(e["coef"]), coefficients.Select(c => CliRun.Number(c!["coef"])).ToArray(), Tolerance, "coef");
        CliRun.Close(CliRun.Numbers(e["se"]), coefficients.Select(c => CliRun.Number(c!["se"])).ToArray(), Tolerance, "se");
        CliRun.Close(CliRun.Numbers(e["loglik"]), CliRun.Numbers(a["loglik"]), Tolerance, "loglik");
    }

    [Fact]
    public void Cox_reference_level_is_matched_by_its_number_in_any_spelling()
    {
        var e = Expected("cox_reference");
        var run = CliRun.Run("stats", "cox", "--data", Data, "--time", "time", "--event", "event", "--covariates", "x,factor(f)", "--ref", "f=100000.0", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var coefficients = run.Json["coefficients"]!.AsArray();
        Assert.Equal(["x", "factor(f)0", "factor(f)1"], coefficients.Select(c => c!["name"]!.GetValue<string>()));
        CliRun.Close(CliRun.Numbers(e["coef"]), coefficients.Select(c => CliRun.Number(c!["coef"])).ToArray(), Tolerance, "coef");
        CliRun.Close(CliRun.Numbers(e["loglik"]), CliRun.Numbers(run.Json["loglik"]), Tolerance, "loglik");
    }

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
}
