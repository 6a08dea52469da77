using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// One input contract for every stats verb (docs/stats-input.md): the same file gives the same refusal,
/// with the same message naming file(line,column), in km, logrank and cox; blank lines are counted as
/// dropped rows with their line numbers; the event and censoring codes work on every verb; non-finite
/// results are written one way in every JSON; text tables size their columns.
/// </summary>
public sealed partial class InputContractTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smnpc-contract-tests-" + Guid.NewGuid().ToString("N"));

    public InputContractTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Verbs() => new() { "km", "logrank", "cox" };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_negative_time_is_refused_naming_line_and_column(string verb)
    {
        var csv = Csv("t,e,g,x", "1,1,a,1", "2,0,b,2", "-3,1,a,3", "4,1,b,4", "5,0,a,5");
        AssertBad(Run(verb, csv), $"{csv}(4,1): error: column 't' value -3: a time must not be negative.");
    }

    [Theory]
    [InlineData("km", "NaN")]
    [InlineData("logrank", "NaN")]
    [InlineData("cox", "NaN")]
    [InlineData("km", "Inf")]
    [InlineData("logrank", "-Inf")]
    [InlineData("cox", "Infinity")]
    [InlineData("km", "1e999")]
    [InlineData("cox", "1e999")]
    public void A_time_that_is_not_finite_is_refused_naming_line_and_column(string verb, string time)
    {
        var csv = Csv("t,e,g,x", "1,1,a,1", "2,0,b,2", $"{time},1,a,3", "4,1,b,4", "5,0,a,5");
        AssertBad(Run(verb, csv), $"{csv}(4,1): error: column 't' value '{time}': must be a finite number (NaN and infinite values are refused; leave the cell empty or NA for a missing value).");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_column_named_twice_is_refused_naming_both_positions(string verb)
    {
        var csv = Csv("t,e,g,x,t", "1,1,a,1,9", "2,0,b,2,8", "3,1,a,3,7", "4,1,b,4,6");
        AssertBad(Run(verb, csv), $"{csv}(1,5): error: column 't' is named twice in the header, at columns 1 and 5; rename one");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Blank_lines_are_counted_as_dropped_rows_with_their_line_numbers(string verb)
    {
        var csv = Csv("t,e,g,x", "1,1,a,1", "", "2,0,b,2", "3,1,a,,", "4,1,b,4", "", "5,0,a,5", "6,1,b,6");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("3,1,a,,", "3,1,a,", StringComparison.Ordinal));
        var run = Run(verb, csv, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var input = run.Json["input"]!;
        Assert.Equal(8, input["rows_read"]!.GetValue<int>());
        Assert.Equal(2, input["blank_lines"]!.GetValue<int>());
        var missingX = verb == "cox" ? 1 : 0; // only cox uses x
        Assert.Equal(2 + missingX, input["rows_dropped"]!.GetValue<int>());
        Assert.Equal(6 - missingX, input["n"]!.GetValue<int>());
        Assert.Equal(verb == "cox" ? [3, 5, 7] : [3, 7], input["dropped_lines"]!.AsArray().Select(l => l!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Event_and_censoring_codes_work_on_every_verb(string verb)
    {
        var zeroOne = Csv("t,e,g,x", "1,1,a,0.5", "2,0,b,1.5", "3,1,a,2.1", "4,1,b,0.3", "5,0,a,1.1", "6,1,b,2.7", "7,1,a,0.2", "8,0,b,1.9");
        var lung = Csv("t,e,g,x", "1,2,a,0.5", "2,1,b,1.5", "3,2,a,2.1", "4,2,b,0.3", "5,1,a,1.1", "6,2,b,2.7", "7,2,a,0.2", "8,1,b,1.9");
        var expected = Run(verb, zeroOne, "--json");
        var actual = Run(verb, lung, "--json", "--event-code", "2", "--censor-code", "1");
        Assert.True(actual.ExitCode == 0, actual.Error);
        Assert.Equal(Results(expected.Json), Results(actual.Json));
        Assert.Equal("2", actual.Json["input"]!["event_code"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_status_that_is_neither_code_is_refused_naming_line_and_column(string verb)
    {
        var csv = Csv("t,e,g,x", "1,1,a,1", "2,0,b,2", "3,2,a,3", "4,1,b,4");
        AssertBad(Run(verb, csv), $"{csv}(4,2): error: column 'e' value '2' is neither the event code '1' nor the censored code '0' (set them with --event-code and --censor-code).");
    }

    [Fact]
    public void An_overflowing_hazard_ratio_limit_is_the_string_Infinity_as_in_the_km_json()
    {
        // Monotone likelihood: every event has x = 1 and every x = 0 row is censored, so β̂ runs off and
        // the upper limit exp(β̂ + z·se) overflows (R: Inf; coxph warns "coefficient may be infinite").
        var csv = Csv("t,e,g,x", "1,1,a,1", "2,1,b,1", "3,0,a,0", "4,1,b,1", "5,0,a,0", "6,0,b,0", "7,1,a,1", "8,0,b,0");
        var run = Run("cox", csv, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var upper = run.Json["coefficients"]![0]!["upper"]!;
        Assert.Equal("Infinity", upper.GetValue<string>());

        var km = Run("km", Csv("t,e,g,x", "1,1,a,1", "2,1,a,1"), "--json");
        var stdErr = km.Json["strata"]![0]!["curve"]!["std.err"]!.AsArray();
        Assert.Equal("Infinity", stdErr[^1]!.GetValue<string>());
    }

    [Fact]
    public void The_cox_table_sizes_its_columns_to_the_widest_value()
    {
        // x on a scale of 10^5 gives coefficients like -1.23457e-05: 12 characters, as wide as the old
        // fixed columns, which then ran together.
        var rows = new List<string> { "t,e,g,a_covariate_with_a_long_name_indeed" };
        for (var i = 1; i <= 40; i++)
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{i},{(i % 3 == 0 ? 0 : 1)},a,{((i * 7919) % 41) * 12345.678 + (i % 5) * 100000}"));
        }

        var csv = Csv([.. rows]);
        var run = CliRun.Run("stats", "cox", "--data", csv, "--time", "t", "--event", "e", "--covariates", "a_covariate_with_a_long_name_indeed");
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        var header = lines.First(l => l.Contains("exp(coef)", StringComparison.Ordinal));
        var row = lines.First(l => l.StartsWith("a_covariate_with_a_long_name_indeed", StringComparison.Ordinal));
        var headerCells = Cells().Split(header.Trim());
        var rowCells = Cells().Split(row);
        Assert.Equal(headerCells.Length + 1, rowCells.Length); // the row has its name; the header's first cell is blank
        Assert.Equal(header.Length, row.Length); // right-aligned columns end at the same place
        Assert.Contains(rowCells, c => c.Length >= 12);
    }

    [Theory]
    [InlineData("km")]
    [InlineData("logrank")]
    public void The_km_and_logrank_tables_size_their_columns_to_the_widest_label(string verb)
    {
        var group = "a group label much longer than any fixed column";
        var csv = Csv("t,e,g,x", $"1,1,{group},1", "2,0,b,2", $"3,1,{group},3", "4,1,b,4", $"5,0,{group},5", "6,1,b,6");
        var run = Run(verb, csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        var header = lines.First(l => l.Contains(verb == "km" ? "se(rmean)" : "Observed", StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("g=", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal(header.TrimEnd().Length, r.Length));
    }

    [Theory]
    [InlineData("km", "--conf-type", "loglog", "log, log-log, plain")]
    [InlineData("cox", "--ties", "exact", "efron, breslow")]
    public void A_typed_option_refuses_an_unknown_spelling_listing_the_choices(string verb, string option, string value, string choices)
    {
        var csv = Csv("t,e,g,x", "1,1,a,1", "2,0,b,2");
        var run = Run(verb, csv, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
        Assert.Contains(choices.Split(", ")[^1], run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Cells();

    private static string Results(JsonNode json)
    {
        var copy = JsonNode.Parse(json.ToJsonString())!.AsObject();
        copy.Remove("input");
        copy.Remove("data");
        return copy.ToJsonString();
    }

    private static CliRun.Result Run(string verb, string csv, params string[] more) => verb == "cox"
        ? CliRun.Run(["stats", "cox", "--data", csv, "--time", "t", "--event", "e", "--covariates", "x", .. more])
        : CliRun.Run(["stats", verb, "--data", csv, "--time", "t", "--event", "e", "--group", "g", .. more]);

    private static void AssertBad(CliRun.Result run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    private string Csv(params string[] lines)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        CliRun.WriteLines(path, lines);
        return path;
    }
}
