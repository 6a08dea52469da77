using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Pipeline.Reconstruction;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc reconstruct</c>: the only writer of <c>data/cohort.csv</c>, a synthetic cohort made from the
/// published numbers by a seeded search, and of <c>data/reconstruction-report.md</c>, which compares every
/// target with what the paper's analysis gives on it.
/// </summary>
public static class ReconstructCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random streams; the same seed and iterations give the same files on any machine.", DefaultValueFactory = _ => ReconstructionOptions.DefaultSeed };
        var iterations = new Option<long>("--iterations") { Description = "Iterations of the search.", DefaultValueFactory = _ => ReconstructionOptions.DefaultIterations };
        var chains = new Option<int>("--chains") { Description = "Independent annealing chains (run in parallel where cores allow; the result does not depend on the cores).", DefaultValueFactory = _ => ReconstructionOptions.DefaultChains };
        var budget = new Option<double?>("--budget") { Description = "Stop the search after this many seconds (caps iterations only; the report records the count run, which reproduces the result)." };
        var published = new Option<string>("--published") { Description = "The published numbers (YAML).", DefaultValueFactory = _ => Path.Combine("data", "published.yaml") };
        var output = new Option<string>("--out") { Description = "Where to write the cohort CSV.", DefaultValueFactory = _ => Path.Combine("data", "cohort.csv") };
        var report = new Option<string>("--report") { Description = "Where to write the reconstruction report (Markdown).", DefaultValueFactory = _ => Path.Combine("data", "reconstruction-report.md") };
        var templates = new Option<string>("--templates") { Description = "Folder with the report's template.", DefaultValueFactory = _ => Path.Combine("manuscript", "templates") };
        var reportOnly = new Option<bool>("--report-only") { Description = "Do not search: rewrite the report (and nothing else) from the recorded run (reconstruction-run.json beside the cohort) and the cohort as it is, after a change of the analysis code." };
        var command = new Command("reconstruct", "Make the synthetic cohort from the published numbers (seeded search), its run record and its reconstruction report.")
        {
            seed, iterations, chains, budget, published, output, report, templates, reportOnly,
        };
        command.SetAction(parse => Run(
            console,
            new ReconstructRequest(
                parse.GetValue(seed),
                parse.GetValue(iterations),
                parse.GetValue(chains),
                parse.GetValue(budget) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                parse.GetValue(published)!,
                parse.GetValue(output)!,
                parse.GetValue(report)!,
                parse.GetValue(templates)!,
                parse.GetValue(reportOnly))));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 written, 2 bad input).</summary>
    public static int Run(CliConsole console, ReconstructRequest request)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Iterations < 0 || request.Chains < 1 || request.Budget is { } b && b <= TimeSpan.Zero)
        {
            console.Error.WriteLine("error: --iterations must be 0 or more, --chains 1 or more and --budget more than 0 seconds.");
            return 2;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            if (request.ReportOnly)
            {
                ReconstructWorkflow.RewriteReport(request);
                console.Out.WriteLine($"Rewrote {request.ReportPath} from {request.RunPath} and {request.OutputPath} (no search).");
                return 0;
            }

            var result = ReconstructWorkflow.Search(request);
            var runPath = request.RunPath;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Cohort.Count} synthetic patients to {request.OutputPath}, the report to {request.ReportPath} and the run record to {runPath} (seed {result.Seed}, {result.Chains} × {result.Iterations} iterations{(result.StoppedByBudget ? " (time budget)" : string.Empty)}, loss {result.InitialLoss:F1} → {result.FinalLoss:F3}, {clock.Elapsed.TotalSeconds:F1} s)."));
            return 0;
        }
        catch (CohortDataException e)
        {
            console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (FileNotFoundException e)
        {
            console.Error.WriteLine($"{e.FileName}: error: file not found (the reconstruction reads the published numbers and the catalogue of printed numbers beside them).");
            return 2;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or KeyNotFoundException)
        {
            console.Error.WriteLine($"{request.PublishedPath}: error: {e.Message}");
            return 2;
        }
        catch (TemplateException e)
        {
            console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
