
namespace SmnpcRepro.Manuscript.Tests.Build;

/// <summary>`smnpc build` end to end on a copy of the repository's data and templates.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-build-").FullName;

    public BuildCommandTests()
    {
        StudyCopy.Into(_root);
    }

    private string Cohort => Path.Combine(_root, "data", "cohort.csv");

    private string Manuscript => Path.Combine(_root, "manuscript", "manuscript.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Builds_the_manuscript_and_twice_gives_the_same_bytes()
    {
        var (code, _, error) = Build();
        Assert.True(code == 0, error);
        var first = File.ReadAllBytes(Manuscript);
        Assert.Equal(0, Build().Code);
        Assert.Equal(first, File.ReadAllBytes(Manuscript));
        Assert.Contains("| &emsp;Male | 24 (80) |", File.ReadAllText(Manuscript), StringComparison.Ordinal);
        Assert.Contains("Synthetic data", File.ReadAllText(Manuscript), StringComparison.Ordinal);
    }

    [Theory]
    // Each bad edit of data/cohort.csv: (what to change, text the error must contain).
    [InlineData("missing column", "the analysis plan (data/study.yaml, factor 'ki67') uses field 'ki67', which has no value in any row")]
    [InlineData("unknown category", "cohort.csv(3,2): error: column 'sex' value '3': is not one of the field's choices: 1 (Male), 2 (Female)")]
    [InlineData("not a number", "cohort.csv(4,13): error: column 'alb' value '4O.1': must be a number")]
    [InlineData("duplicate id", "cohort.csv(5,1): error: column 'record_id' value '1': duplicate record id (first used on line 2)")]
    public void Bad_data_stops_the_build_names_the_cell_and_leaves_the_manuscript_as_it_was(string edit, string expected)
    {
        Assert.Equal(0, Build().Code);
        var before = File.ReadAllBytes(Manuscript);
        var lines = File.ReadAllLines(Cohort);
        switch (edit)
        {
            case "missing column":
                lines = lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 15))).ToArray();
                break;
            case "unknown category":
                lines[2] = ReplaceCell(lines[2], 1, "3");
                break;
            case "not a number":
                lines[3] = ReplaceCell(lines[3], 12, "4O.1");
                break;
            case "duplicate id":
                lines[4] = ReplaceCell(lines[4], 0, "1");
                break;
        }

        File.WriteAllLines(Cohort, lines);
        var (code, output, error) = Build();
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("The manuscript was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Manuscript));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Manuscript)!, "*.tmp"));
    }

    [Fact]
    public void A_fragile_estimate_is_marked_in_Table_2_and_warned_on_stderr()
    {
        // A made-up edit: Hb < 11 g/dL for exactly the censored patients, so nobody in that group dies and
        // the univariate Hb estimate runs to infinity (monotone likelihood).
        var lines = File.ReadAllLines(Cohort);
        var header = lines[0].Split(',');
        var (hb, death) = (Array.IndexOf(header, "hb"), Array.IndexOf(header, "death"));
        for (var i = 1; i < lines.Length; i++)
        {
            lines[i] = ReplaceCell(lines[i], hb, lines[i].Split(',')[death] == "1" ? "13" : "10");
        }

        File.WriteAllLines(Cohort, lines);
        var (code, _, error) = Build();
        Assert.True(code == 0, error);
        Assert.Contains("warning: fragile estimate: Table 2, Hb (g/dL) (univariate): ", error, StringComparison.Ordinal);
        Assert.Contains("monotone likelihood", error, StringComparison.Ordinal);
        Assert.Contains("‡ Fragile estimate", File.ReadAllText(Manuscript), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_stops_the_build_and_leaves_the_manuscript_as_it_was()
    {
        Assert.Equal(0, Build().Code);
        var before = File.ReadAllBytes(Manuscript);
        File.AppendAllText(Path.Combine(_root, "manuscript", "templates", "manuscript.md.scriban"), "{{ no_such_number }}");
        var (code, _, error) = Build();
        Assert.Equal(2, code);
        Assert.Contains("no_such_number", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Manuscript));
    }

    private static string ReplaceCell(string line, int index, string value)
    {
        var cells = line.Split(',');
        cells[index] = value;
        return string.Join(',', cells);
    }

    private (int Code, string Output, string Error) Build()
    {
        return CliRunner.Run(["build", "--data", Path.Combine(_root, "data"), "--manuscript", Path.Combine(_root, "manuscript")]);
    }
}
