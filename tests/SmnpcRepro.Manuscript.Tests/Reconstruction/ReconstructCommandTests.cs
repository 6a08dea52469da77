using System.Globalization;
using System.Security.Cryptography;

namespace SmnpcRepro.Manuscript.Tests.Reconstruction;

/// <summary>`smnpc reconstruct` end to end with a small iteration budget, on a copy of the published numbers and templates.</summary>
public sealed class ReconstructCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smnpc-reconstruct-").FullName;

    public ReconstructCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.Copy(RepositoryPaths.Data("published.yaml"), Path.Combine(_root, "data", "published.yaml"));
        File.Copy(RepositoryPaths.Data("catalogue.yaml"), Path.Combine(_root, "data", "catalogue.yaml"));
        var templates = Path.Combine(_root, "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Templates))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }
    }

    private string Cohort => Path.Combine(_root, "data", "cohort.csv");

    private string Report => Path.Combine(_root, "data", "reconstruction-report.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_cohort_and_report_and_twice_gives_the_same_bytes()
    {
        var (code, output, error) = Reconstruct("--iterations", "2000");
        Assert.True(code == 0, error);
        Assert.Contains("2000 iterations", output, StringComparison.Ordinal);
        var cohort = File.ReadAllBytes(Cohort);
        var report = File.ReadAllBytes(Report);
        Assert.Equal(0, Reconstruct("--iterations", "2000").Code);
        Assert.Equal(cohort, File.ReadAllBytes(Cohort));
        Assert.Equal(report, File.ReadAllBytes(Report));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void The_report_records_how_to_rebuild_the_cohort_and_does_not_depend_on_the_culture(string name)
    {
        Assert.Equal(0, Reconstruct("--iterations", "1500", "--seed", "7").Code);
        var invariant = File.ReadAllText(Report);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(0, Reconstruct("--iterations", "1500", "--seed", "7").Code);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }

        var report = File.ReadAllText(Report);
        Assert.Equal(invariant, report);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Cohort)));
        Assert.Contains($"SHA-256 `{sha}`", report, StringComparison.Ordinal);
        Assert.Contains("| Seed | 7 |", report, StringComparison.Ordinal);
        Assert.Contains("| Iterations | 1500 per chain |", report, StringComparison.Ordinal);
        Assert.Contains("reconstruct --seed 7 --iterations 1500", report, StringComparison.Ordinal);
        Assert.Contains("**The cohort is synthetic.**", report, StringComparison.Ordinal);
        foreach (var heading in new[] { "## The loss", "## Exact targets", "## Table 2, univariate", "## p-values in the text", "## Kaplan–Meier medians", "## Table 2, multivariate", "## Selection of the multivariate model", "## Inconsistent targets", "## Assumptions" })
        {
            Assert.Contains(heading, report, StringComparison.Ordinal);
        }

        // The consistency check of KPS, from the printed numbers: centre 3.252, HR²/upper 0.889, Wald p 0.0875 from HR and upper bound, <0.0001 from the interval (z = ln 3.252 / 0.277).
        Assert.Contains("| Preoperative KPS | univariate | `2.231(1.889, 5.600), p 0.0874` | 3.252 | 0.889 | 0.0875 | <0.0001 |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("| ✗ |", report.Split("## Table 2, univariate")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_budget_records_the_iterations_run_which_reproduce_the_cohort()
    {
        var (code, _, error) = Reconstruct("--iterations", "100000000", "--budget", "0.5");
        Assert.True(code == 0, error);
        var report = File.ReadAllText(Report);
        var line = report.Split('\n').Single(l => l.StartsWith("| Iterations | ", StringComparison.Ordinal));
        Assert.Contains("stopped by the time budget", line, StringComparison.Ordinal);
        var iterations = line["| Iterations | ".Length..].Split(' ')[0];
        var cohort = File.ReadAllBytes(Cohort);
        Assert.Equal(0, Reconstruct("--iterations", iterations).Code);
        Assert.Equal(cohort, File.ReadAllBytes(Cohort));
    }

    [Fact]
    public void Bad_arguments_and_missing_input_stop_with_exit_code_2_and_write_nothing()
    {
        Assert.Equal(2, Reconstruct("--iterations", "-1").Code);
        Assert.Equal(2, Reconstruct("--budget", "0").Code);
        var (code, _, error) = Reconstruct("--published", Path.Combine(_root, "missing.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("missing.yaml", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Cohort));
        Assert.False(File.Exists(Report));
    }

    private (int Code, string Output, string Error) Reconstruct(params string[] args)
    {
        var defaults = new (string Option, string Value)[]
        {
            ("--published", Path.Combine(_root, "data", "published.yaml")),
            ("--out", Cohort),
            ("--report", Report),
            ("--templates", Path.Combine(_root, "templates")),
        };
        var paths = defaults.Where(d => !args.Contains(d.Option)).SelectMany(d => new[] { d.Option, d.Value }).ToArray();
        return CliRunner.Run(["reconstruct", .. paths, .. args]);
    }
}
