using SmnpcRepro.Cli.Commands;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>`smnpc compare` end to end: it always exits 0 with a report (it is not a gate), 2 for bad input leaving the report alone.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-compare-").FullName;

    public CompareCommandTests()
    {
        StudyCopy.Into(_root);
    }

    private string Published => Path.Combine(_root, "data", "published.yaml");

    private string Report => Path.Combine(_root, "out", "reproduction.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_the_report_prints_the_counts_and_exits_0_whatever_it_finds()
    {
        var (code, output, error) = Compare();
        Assert.True(code == 0, error);
        foreach (var line in new[] { "same: ", "close: ", "different: ", "no counterpart: " })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }

        var report = File.ReadAllText(Report);
        Assert.StartsWith("# Reproduction report", report, StringComparison.Ordinal);
        Assert.Contains("| Different |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        File.Delete(Published);
        var (code, output, error) = Compare();
        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("published.yaml: error: the file does not exist.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Report));
    }

    [Fact]
    public void Invalid_yaml_names_file_line_and_column_and_leaves_the_report_as_it_was()
    {
        Assert.Equal(0, Compare().Code);
        var before = File.ReadAllBytes(Report);
        File.WriteAllText(Published, "meta:\n  n_patients: 'unterminated\n");
        var (code, _, error) = Compare();
        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Contains($"{Published}(2,", error, StringComparison.Ordinal);
        Assert.Contains("The report was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Report));
    }

    [Fact]
    public void A_missing_template_is_bad_input()
    {
        var (code, _, error) = Compare(templates: _root);
        Assert.Equal(CompareCommand.BadInput, code);
        Assert.Contains("reproduction.md.scriban", error, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Compare(string? templates = null)
    {
        return CliRunner.Run(["compare", "--published", Published, "--data", Path.Combine(_root, "data"), "--out", Report, "--templates", templates ?? RepositoryPaths.Templates]);
    }
}
