namespace SmnpcRepro.Cli.Tests;

/// <summary>
/// Bad input to the stats verbs: exit code 2, a message on standard error naming the file, the line and the
/// column, and nothing on standard output (no partial result).
/// </summary>
public sealed class StatsBadInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smnpc-cli-tests-" + Guid.NewGuid().ToString("N"));

    public StatsBadInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("km")]
    [InlineData("logrank")]
    public void Negative_time_names_the_line_and_column(string verb)
    {
        var csv = Csv("t,e,g", "1,1,a", "2,0,b", "-3,1,a", "4,1,b");
        var run = Run(verb, csv, "t", "e", "g");
        AssertBad(run, csv + "(4,1): error: column 't' value -3: a time must not be negative.");
    }

    [Theory]
    [InlineData("km")]
    [InlineData("logrank")]
    public void Missing_cells_are_dropped_and_counted(string verb)
    {
        var csv = Csv("t,e,g", "1,1,a", ",0,b", "3,1,a", "4,,b", "5,1,b", "6,0,");
        var run = Run(verb, csv, "t", "e", "g", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var input = run.Json["input"]!;
        Assert.Equal(6, input["rows_read"]!.GetValue<int>());
        Assert.Equal(3, input["n"]!.GetValue<int>());
        Assert.Equal(3, input["rows_dropped"]!.GetValue<int>());
        Assert.Equal([3, 5, 7], input["dropped_lines"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal(1, input["missing_by_column"]!["t"]!.GetValue<int>());
        Assert.Equal(1, input["missing_by_column"]!["e"]!.GetValue<int>());
        Assert.Equal(1, input["missing_by_column"]!["g"]!.GetValue<int>());
    }

    [Fact]
    public void An_event_code_that_is_neither_event_nor_censored_names_the_line()
    {
        var csv = Csv("t,status,g", "1,1,a", "2,0,b", "3,2,a", "4,1,b");
        var run = Run("km", csv, "t", "status", "g");
        AssertBad(run, csv + "(4,2): error: column 'status' value '2' is neither the event code", "--event-code");
    }

    [Fact]
    public void A_group_left_empty_after_dropping_missing_rows_is_an_error()
    {
        var csv = Csv("t,e,g", "1,1,a", "2,0,a", ",1,c", "4,1,b", "5,0,b");
        var run = Run("logrank", csv, "t", "e", "g");
        AssertBad(run, csv, "column 'g' level 'c'", "empty group");
    }

    [Fact]
    public void A_column_that_does_not_exist_is_named_with_the_columns_there_are()
    {
        var csv = Csv("t,e,g", "1,1,a", "2,0,b");
        var run = Run("km", csv, "time", "e", "g");
        AssertBad(run, csv + "(1)", "no column 'time'", "the columns are: t, e, g");
    }

    [Fact]
    public void A_non_numeric_time_names_the_line_and_column()
    {
        var csv = Csv("t,e,g", "1,1,a", "2x,0,b");
        var run = Run("km", csv, "t", "e", "g");
        AssertBad(run, csv + "(3,1)", "column 't' value '2x'");
    }

    [Fact]
    public void A_log_rank_test_needs_two_groups_and_a_group_option()
    {
        var csv = Csv("t,e,g", "1,1,a", "2,0,a");
        AssertBad(Run("logrank", csv, "t", "e", "g"), "has one level");
        var noGroup = CliRun.Run("stats", "logrank", "--data", csv, "--time", "t", "--event", "e");
        Assert.NotEqual(0, noGroup.ExitCode); // System.CommandLine's parse error (it prints the help on standard output)
        Assert.Contains("--group", noGroup.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var missing = Path.Combine(_folder, "none.csv");
        AssertBad(Run("km", missing, "t", "e", "g"), missing, "does not exist");
    }

    private static CliRun.Result Run(string verb, string csv, string time, string @event, string group, params string[] more) =>
        CliRun.Run(["stats", verb, "--data", csv, "--time", time, "--event", @event, "--group", group, .. more]);

    private static void AssertBad(CliRun.Result run, params string[] fragments)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, run.Error, StringComparison.Ordinal);
        }
    }

    private string Csv(params string[] lines)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        CliRun.WriteLines(path, lines);
        return path;
    }
}
