using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cli.Commands;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Tests.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Check;

/// <summary>
/// `smnpc check` end to end on a copy of the repository's data and templates: build, edit the data, check.
/// The expected lines are made from the numbers before and after the edit (read from the built numbers.json
/// and recomputed in memory), never typed in, so a new cohort does not break these tests.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private const int SurgicalOption = 16;
    private const int OsMonths = 19;
    private const int Death = 20;

    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-check-").FullName;

    public CheckCommandTests()
    {
        StudyCopy.Into(_root);
    }

    private string Data => Path.Combine(_root, "data");

    private string Manuscript => Path.Combine(_root, "manuscript");

    private string NumbersPath => Path.Combine(Manuscript, PrintedNumbers.FileName);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_data_edit_that_moves_a_number_fails_with_the_line_a_reader_would_see()
    {
        Assert.Equal(0, Build());
        Assert.Equal(0, Check().Code);

        // Halve the survival time of every patient of the debulking group.
        EditCohort((cells, _) =>
        {
            if (cells[SurgicalOption] == "3")
            {
                cells[OsMonths] = (double.Parse(cells[OsMonths], System.Globalization.CultureInfo.InvariantCulture) / 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        var id = "table2.surgical_option.univariate.hr";
        var before = Committed(id);
        var after = Recomputed(id);
        Assert.NotEqual(before, after);
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains($"- Table 2, Surgical option, univariate HR {before} → {after} · `{id}`\n", output, StringComparison.Ordinal);
        Assert.Contains("**Drift: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_losing_its_significance_is_a_flip_and_leaves_the_model()
    {
        WriteSurvival(strongSurgicalEffect: true);
        Assert.Equal(0, Build());
        WriteSurvival(strongSurgicalEffect: false);

        var id = "table2.surgical_option.log_rank.p";
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains(
            $"- Table 2, Surgical option, log-rank P {Committed(id)} → {Recomputed(id)} (no longer significant at P ≤ 0.05; no longer within the entry threshold P ≤ 0.1) · `{id}`\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("- Multivariate model: Surgical option left\n", output, StringComparison.Ordinal);
        Assert.Contains($"- Table 2, Surgical option, multivariate HR {Committed("table2.surgical_option.multivariate.hr")} → — ·", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_becoming_significant_is_a_flip_and_enters_the_model()
    {
        WriteSurvival(strongSurgicalEffect: false);
        Assert.Equal(0, Build());
        WriteSurvival(strongSurgicalEffect: true);

        var id = "table2.surgical_option.log_rank.p";
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains(
            $"- Table 2, Surgical option, log-rank P {Committed(id)} → {Recomputed(id)} (now significant at P ≤ 0.05; now within the entry threshold P ≤ 0.1) · `{id}`\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("- Multivariate model: Surgical option entered\n", output, StringComparison.Ordinal);
        Assert.Contains($"- Table 2, Surgical option, multivariate HR — → {Recomputed("table2.surgical_option.multivariate.hr")} ·", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_never_built_manuscript_is_drift_and_a_broken_numbers_file_is_bad_input()
    {
        // Nothing built yet: every generated file is missing, which the gate reports file by file.
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains("manuscript/numbers.json` is missing: a fresh build makes it.", output, StringComparison.Ordinal);
        Assert.Contains("manuscript/manuscript.md` is missing: a fresh build makes it.", output, StringComparison.Ordinal);
        string error;

        Assert.Equal(0, Build());
        File.WriteAllText(NumbersPath, "{\n  \"schema\": \"smnpc-numbers/1\",\n  \"numbers\": [ oops ]\n}\n");
        (code, _, error) = Check();
        Assert.Equal(CheckCommand.BadInput, code);
        Assert.Contains($"{NumbersPath}(3,", error, StringComparison.Ordinal);

        File.WriteAllText(NumbersPath, "{\"schema\": \"something-else/9\"}");
        (code, _, error) = Check();
        Assert.Equal(CheckCommand.BadInput, code);
        Assert.Contains(NumbersPath, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_manuscript_is_drift()
    {
        Assert.Equal(0, Build());
        File.Delete(Path.Combine(Manuscript, ManuscriptBuilder.MainDocument));
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains("manuscript/manuscript.md` is missing: a fresh build makes it. Run `dotnet cake` and commit it.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manuscript_built_under_other_conventions_is_drift()
    {
        // The profile is a setting of data/study.yaml: build and check read the same file, so they agree.
        StudyCopy.Set(_root, "profile", "r");
        Assert.Equal(0, Build());
        Assert.Equal(0, Check().Code);
        StudyCopy.Set(_root, "profile", "spss18");
        var (code, output, _) = Check();
        Assert.Equal(CheckCommand.DriftFound, code);
        Assert.Contains("Conventions: the manuscript was built under the r profile, the check recomputed under spss18.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_goes_to_standard_output_and_to_the_report_file()
    {
        Assert.Equal(0, Build());
        var report = Path.Combine(_root, "out", "drift.md");
        var (code, output, _) = Check("--report", report);
        Assert.Equal(0, code);
        Assert.Equal(output, File.ReadAllText(report));
        Assert.StartsWith("# Drift check", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every patient dies; survival depends on the surgical group alone (strong: debulking earliest, en bloc
    /// latest, overlapping) or not at all (the same times in every group, which differ only in size).
    /// </summary>
    private void WriteSurvival(bool strongSurgicalEffect)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        EditCohort((cells, _) =>
        {
            var group = cells[SurgicalOption];
            var i = seen[group] = seen.GetValueOrDefault(group) + 1;
            var months = strongSurgicalEffect ? (group switch { "1" => 40, "2" => 20, _ => 3 }) + (3 * i) : 10 + (5 * i);
            cells[OsMonths] = months.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cells[Death] = "1";
        });
    }

    private void EditCohort(Action<string[], int> edit)
    {
        var path = Path.Combine(Data, "cohort.csv");
        var lines = File.ReadAllLines(path);
        for (var row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            edit(cells, row);
            lines[row] = string.Join(',', cells);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private string Committed(string id) => NumbersJson.Load(NumbersPath).Numbers.Single(n => n.Id == id).Printed;

    private string Recomputed(string id)
    {
        var cohort = CohortCsv.Read(Path.Combine(Data, "cohort.csv"));
        var results = PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18);
        var numbers = PrintedNumbers.From(results, ManuscriptBuilder.Model(results, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment));
        return numbers.Numbers.Single(n => n.Id == id).Printed;
    }

    private int Build(params string[] options) => CliRunner.Run(["build", "--data", Data, "--manuscript", Manuscript, .. options]).Code;

    private (int Code, string Output, string Error) Check(params string[] options) => CliRunner.Run(["check", "--data", Data, "--manuscript", Manuscript, .. options]);
}
