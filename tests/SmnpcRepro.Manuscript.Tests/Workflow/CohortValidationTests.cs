using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.Manuscript.Tests.Workflow;

/// <summary>
/// REDCap's soft checks on the cohort, as data/study.yaml's <c>validation.strict</c> chooses: a value outside a
/// field's validation range is listed by <c>smnpc build</c> per field (not strict, the frozen study's setting),
/// or stops <c>build</c> and <c>check</c> at its file, line and column (strict).
/// </summary>
public sealed class CohortValidationTests : IDisposable
{
    // hb's validation range is 3-25 g/dL (data/cohort.dictionary.csv); patient 2 is on line 3, hb is column 12.
    private const int Hb = 11;

    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-validation-").FullName;

    public CohortValidationTests()
    {
        StudyCopy.Into(_root);
        var path = Path.Combine(Data, "cohort.csv");
        var lines = File.ReadAllText(path).Split('\n');
        var cells = lines[2].Split(',');
        Assert.Equal(("2", "hb"), (cells[0], lines[0].Split(',')[Hb]));
        cells[Hb] = "31.5";
        lines[2] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    private string Data => Path.Combine(_root, "data");

    private string Cohort => Path.Combine(Data, "cohort.csv");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Not_strict_the_build_succeeds_and_lists_the_field_s_soft_check_on_standard_error()
    {
        var (code, _, error) = Run("build");

        Assert.True(code == 0, error);
        Assert.Contains(
            $"warning: {Cohort}(3): column 'hb': is above the field's maximum 25 (1 value, first on line 3; REDCap only warns, and validation.strict: true in data/study.yaml makes each an error)",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_the_build_and_the_check_stop_at_the_cell()
    {
        StudyCopy.Set(_root, "strict", "true");

        var (code, output, error) = Run("build");
        var (checkCode, _, checkError) = Run("check");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var cell = $"{Cohort}(3,12): error: column 'hb' value '31.5': is above the field's maximum 25";
        Assert.Contains(cell, error, StringComparison.Ordinal);
        Assert.Contains("The manuscript was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(CheckCommand.BadInput, checkCode);
        Assert.Contains(cell, checkError, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Run(string verb) =>
        CliRunner.Run([verb, "--data", Data, "--manuscript", Path.Combine(_root, "manuscript")]);
}
