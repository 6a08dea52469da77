using SmnpcRepro.Cli.Commands;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Workflow;

/// <summary>
/// The author's loop and the reviewer's gate, end to end on a copy of the frozen study: a data edit rebuilds
/// cleanly and says what changed; a hand edit of the printed manuscript or an edited template fails the gate;
/// the provenance in data/study.yaml decides every synthetic word; a bad settings file changes nothing.
/// </summary>
public sealed class AuthorLoopTests : IDisposable
{
    private const int OsMonths = 19;
    private const int Death = 20;

    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-loop-").FullName;

    public AuthorLoopTests()
    {
        StudyCopy.Into(_root);
    }

    private string Data => Path.Combine(_root, "data");

    private string Manuscript => Path.Combine(_root, "manuscript");

    private string MainDocument => Path.Combine(Manuscript, ManuscriptBuilder.MainDocument);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_hand_edited_number_fails_the_gate_naming_the_line_and_what_a_fresh_build_prints()
    {
        Assert.Equal(0, Build().Code);
        Assert.Equal(0, Check().Code);
        File.WriteAllText(MainDocument, File.ReadAllText(MainDocument).Replace("19 deaths", "18 deaths", StringComparison.Ordinal));
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Matches(@"`manuscript/manuscript\.md:\d+` \(Survival\): the manuscript prints “Ultimately, 18 deaths \(63\.33%\) were”, a fresh build gives “Ultimately, 19 deaths \(63\.33%\) were”\.", output);
    }

    [Fact]
    public void A_template_edited_without_a_rebuild_fails_the_gate()
    {
        Assert.Equal(0, Build().Code);
        var template = Path.Combine(Manuscript, "templates", "results-survival.md.scriban");
        File.WriteAllText(template, File.ReadAllText(template).Replace("Ultimately,", "In the end,", StringComparison.Ordinal));
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains("the manuscript prints “Ultimately, 19 deaths", output, StringComparison.Ordinal);
        Assert.Contains("a fresh build gives “In the end, 19 deaths", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_death_rebuilds_cleanly_says_what_changed_and_marks_the_data_as_edited()
    {
        Assert.Equal(0, Build().Code);
        var before = NumbersJson.Load(Path.Combine(Manuscript, PrintedNumbers.FileName));
        // Patient 8: follow-up extended from 19.89 months (censored) to 27.4 months, died.
        EditPatient("8", cells =>
        {
            Assert.Equal("19.89", cells[OsMonths]);
            cells[OsMonths] = "27.4";
            cells[Death] = "1";
        });

        var (code, output, error) = Build();
        Assert.True(code == 0, error);
        Assert.Contains("Changed since the previous build:", output, StringComparison.Ordinal);
        var manuscript = File.ReadAllText(MainDocument);
        Assert.Contains("Ultimately, 20 deaths (66.67%) were recorded.", manuscript, StringComparison.Ordinal);
        Assert.Contains("**Synthetic data, edited by hand.**", manuscript, StringComparison.Ordinal);
        Assert.Contains("warning: ", error, StringComparison.Ordinal);

        var changes = File.ReadAllText(Path.Combine(Manuscript, ChangeReport.Document));
        Assert.Contains("Results, Survival, deaths, n 19 → 20", changes, StringComparison.Ordinal);
        Assert.Contains("## Every number that changed, by table and section", changes, StringComparison.Ordinal);
        var after = NumbersJson.Load(Path.Combine(Manuscript, PrintedNumbers.FileName));
        Assert.NotEqual(before.Numbers.Select(n => n.Printed), after.Numbers.Select(n => n.Printed));

        // The gate agrees with what the build wrote, and rebuilding keeps the record of the change.
        Assert.Equal(0, Check().Code);
        Assert.Equal(0, Build().Code);
        Assert.Equal(changes, File.ReadAllText(Path.Combine(Manuscript, ChangeReport.Document)));
    }

    [Fact]
    public void Real_data_remove_every_synthetic_word_and_the_gate_still_passes()
    {
        StudyCopy.Set(_root, "provenance", "real");
        var (code, _, error) = Build();
        Assert.True(code == 0, error);
        foreach (var file in Directory.GetFiles(Manuscript, "*", SearchOption.AllDirectories).Where(f => !f.Contains("templates", StringComparison.Ordinal)))
        {
            if (Path.GetExtension(file) is ".md" or ".html" or ".json" or ".svg")
            {
                Assert.DoesNotContain("ynthetic", File.ReadAllText(file), StringComparison.Ordinal);
            }
        }

        Assert.Equal(0, Check().Code);
    }

    [Fact]
    public void A_file_the_build_no_longer_makes_fails_the_gate_and_the_build_removes_it()
    {
        Assert.Equal(0, Build().Code);
        var stale = Path.Combine(Manuscript, "figures", "figure9.svg");
        File.WriteAllText(stale, "<svg/>");
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains("`manuscript/figures/figure9.svg` is not made by a fresh build", output, StringComparison.Ordinal);
        Assert.Equal(0, Build().Code);
        Assert.False(File.Exists(stale));
        Assert.Equal(0, Check().Code);
    }

    [Fact]
    public void A_bad_settings_file_names_file_line_and_column_for_every_error_and_changes_nothing()
    {
        Assert.Equal(0, Build().Code);
        var before = File.ReadAllBytes(MainDocument);
        StudyCopy.Set(_root, "profile", "spss");
        StudyCopy.Set(_root, "provenance", "made-up");
        var (code, output, error) = Build();
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("study.yaml(17,12): error: 'profile' value 'spss' is not one of: spss18, r", error, StringComparison.Ordinal);
        Assert.Contains("study.yaml(12,15): error: 'provenance' value 'made-up' is not one of: synthetic, real", error, StringComparison.Ordinal);
        Assert.Contains("The manuscript was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(MainDocument));
        Assert.Equal(CheckCommand.BadInput, Check().Code);
    }

    private void EditPatient(string id, Action<string[]> edit)
    {
        var path = Path.Combine(Data, "cohort.csv");
        var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n');
        var row = Array.FindIndex(lines, l => l.StartsWith(id + ",", StringComparison.Ordinal));
        var cells = lines[row].Split(',');
        edit(cells);
        lines[row] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private (int Code, string Output, string Error) Build() => CliRunner.Run(["build", "--data", Data, "--manuscript", Manuscript]);

    private (int Code, string Output, string Error) Check() => CliRunner.Run(["check", "--data", Data, "--manuscript", Manuscript]);
}
