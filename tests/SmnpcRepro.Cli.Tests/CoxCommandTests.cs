using System.Globalization;
using System.Text.Json.Nodes;
using SmnpcRepro.Cli.Commands;
using Xunit;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// <c>smnpc stats cox</c> end to end on the aml data (survival::aml, 23 rows; written to a temporary file
/// here so the test needs no fixture folder). Expected numbers: R 4.2.2, survival 3.5-3,
/// <c>coxph(Surv(time, event) ~ x, data = aml, ties = "efron" | "breslow")</c>, as in the survival tests'
/// fixture r-survival/expected/aml.json; relative tolerance 1e-10.
/// </summary>
public sealed class CoxCommandTests : IDisposable
{
    private const string Aml = """
        time,status,x,event
        9,1,Maintained,1
        13,1,Maintained,1
        13,0,Maintained,0
        18,1,Maintained,1
        23,1,Maintained,1
        28,0,Maintained,0
        31,1,Maintained,1
        34,1,Maintained,1
        45,0,Maintained,0
        48,1,Maintained,1
        161,0,Maintained,0
        5,1,Nonmaintained,1
        5,1,Nonmaintained,1
        8,1,Nonmaintained,1
        8,1,Nonmaintained,1
        12,1,Nonmaintained,1
        16,0,Nonmaintained,0
        23,1,Nonmaintained,1
        27,1,Nonmaintained,1
        30,1,Nonmaintained,1
        33,1,Nonmaintained,1
        43,1,Nonmaintained,1
        45,1,Nonmaintained,1

        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "smnpc-cox-" + Guid.NewGuid().ToString("N"));

    public CoxCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("efron", 0.9155325750147176, 0.5119342751720054, 0.07371486063904574, -42.72483926276022, -41.03261559645838, 3.384447332603685)]
    [InlineData("breslow", 0.9042197236857002, 0.5122479073041512, 0.0775302512086183, -42.89812389717403, -41.25011435006887, 3.2960190942103225)]
    public void Json_has_R_s_names_and_R_s_numbers(string ties, double coef, double se, double p, double loglikNull, double loglikFinal, double lrt)
    {
        var (code, output, error) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event",
            "--covariates", "factor(x)", "--ties", ties, "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("coxph", (string?)json["analysis"]);
        Assert.Equal(23, (int)json["n"]!);
        Assert.Equal(18, (int)json["nevent"]!);
        var c = json["coefficients"]![0]!;
        Assert.Equal("factor(x)Nonmaintained", (string?)c["name"]);
        Close(coef, (double)c["coef"]!);
        Close(Math.Exp(coef), (double)c["hr"]!);
        Close(se, (double)c["se"]!);
        Close(p, (double)c["p"]!);
        Close(loglikNull, (double)json["loglik"]![0]!);
        Close(loglikFinal, (double)json["loglik"]![1]!);
        Close(lrt, (double)json["lrt"]!["chisq"]!);
        Assert.Equal(1, (int)json["lrt"]!["df"]!);
        Close(0.6190476190476191, (double)json["concordance"]!["concordance"]!);
        Close(0.0631849960441082, (double)json["concordance"]!["se"]!);
        Assert.NotNull(json["wald"]);
        Assert.NotNull(json["score"]);
        Assert.True((int)json["iter"]! > 0);
    }

    [Fact]
    public void Chosen_reference_level_flips_the_hazard_ratio()
    {
        var (code, output, _) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event",
            "--covariates", "factor(x)", "--ref", "x=Nonmaintained", "--json");
        Assert.Equal(0, code);
        var c = JsonNode.Parse(output)!["coefficients"]![0]!;
        Assert.Equal("factor(x)Maintained", (string?)c["name"]);
        Close(-0.9155325750147176, (double)c["coef"]!);
    }

    [Fact]
    public void Rows_with_missing_values_are_dropped_and_their_lines_listed()
    {
        var data = Aml.Replace("13,0,Maintained,0", "13,0,,0", StringComparison.Ordinal).Replace("28,0,Maintained,0", "NA,0,Maintained,0", StringComparison.Ordinal);
        var (code, output, _) = Run("stats", "cox", "--data", Write("aml.csv", data), "--time", "time", "--event", "event", "--covariates", "factor(x)", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(21, (int)json["n"]!);
        Assert.Equal(2, (int)json["n_dropped"]!);
        Assert.Equal([4, 7], json["dropped_lines"]!.AsArray().Select(l => (int)l!));
    }

    [Fact]
    public void Firth_option_gives_the_penalized_model()
    {
        var (code, output, error) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event",
            "--covariates", "factor(x)", "--firth", "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("coxphf", (string?)json["analysis"]);
        Assert.Equal("Profile Likelihood", (string?)json["method_ci"]);
        var c = json["coefficients"]![0]!;

        // The Firth estimate shrinks the ordinary Breslow estimate (0.904) towards 0.
        var coef = (double)c["coef"]!;
        Assert.InRange(coef, 0.5, 0.9042197236857002);
        Assert.True((double)c["lower"]! < Math.Exp(coef) && Math.Exp(coef) < (double)c["upper"]!);
    }

    [Fact]
    public void Zph_and_baseline_are_added_on_request()
    {
        var (code, output, _) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event",
            "--covariates", "factor(x)", "--zph", "--baseline", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;

        // R: cox.zph(coxph(Surv(time, event) ~ x, aml), transform = "km"): chisq 0.00787507772332374 (aml.json).
        Close(0.00787507772332374, (double)json["zph"]!["global"]!["chisq"]!);
        var baseline = json["baseline"]![0]!;
        Assert.Equal(18, baseline["time"]!.AsArray().Count);
    }

    [Fact]
    public void Table_output_is_the_default()
    {
        var (code, output, _) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event", "--covariates", "factor(x)");
        Assert.Equal(0, code);
        Assert.Contains("factor(x)Nonmaintained", output, StringComparison.Ordinal);
        Assert.Contains("Likelihood ratio test", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_event_value_is_exit_2_naming_file_line_and_column()
    {
        var path = Write("aml.csv", Aml.Replace("18,1,Maintained,1", "18,1,Maintained,2", StringComparison.Ordinal));
        var (code, output, error) = Run("stats", "cox", "--data", path, "--time", "time", "--event", "event", "--covariates", "factor(x)");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path + "(5,4)", error, StringComparison.Ordinal);
        Assert.Contains("'event'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_column_without_factor_is_exit_2_with_a_hint()
    {
        var (code, output, error) = Run("stats", "cox", "--data", Write("aml.csv", Aml), "--time", "time", "--event", "event", "--covariates", "x");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("(2,3)", error, StringComparison.Ordinal);
        Assert.Contains("factor(column)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_no_events_and_bad_reference_are_exit_2()
    {
        var path = Write("aml.csv", Aml);
        Assert.Equal(2, Run("stats", "cox", "--data", path, "--time", "time", "--event", "event", "--covariates", "age").Code);
        var noEvents = Write("none.csv", string.Join('\n', Aml.Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : l[..^1] + "0")));
        var (code, _, error) = Run("stats", "cox", "--data", noEvents, "--time", "time", "--event", "event", "--covariates", "factor(x)");
        Assert.Equal(2, code);
        Assert.Contains("No events", error, StringComparison.Ordinal);
        (code, _, error) = Run("stats", "cox", "--data", path, "--time", "time", "--event", "event", "--covariates", "factor(x)", "--ref", "x=Other");
        Assert.Equal(2, code);
        Assert.Contains("Maintained, Nonmaintained", error, StringComparison.Ordinal);
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-10 * Math.Abs(expected), string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, got {actual:R}"));

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = SmnpcApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
