using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Pipeline;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.ViewModels;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc reconstruct</c>: the only writer of <c>data/cohort.csv</c>, a synthetic cohort made from the
/// published numbers by a seeded search, and of <c>data/reconstruction-report.md</c>, which compares every
/// target with what the paper's analysis gives on it.
/// </summary>
public static class ReconstructCommand
{
    /// <summary>The report's template, in the manuscript's templates folder.</summary>
    public const string ReportTemplate = "reconstruction-report.md.scriban";

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
        var command = new Command("reconstruct", "Make the synthetic cohort from the published numbers (seeded search) and its reconstruction report.")
        {
            seed, iterations, chains, budget, published, output, report, templates,
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
                parse.GetValue(templates)!)));
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
            var paper = PublishedPaper.Load(request.PublishedPath);
            var exact = SynthesisTargets.From(paper);
            var targets = ReconstructionTargets.From(paper);
            var renderer = new TemplateRenderer(request.TemplatesFolder);
            var result = CohortReconstructor.Run(exact, targets, new ReconstructionOptions(request.Seed, request.Iterations, request.Budget, request.Chains));
            var csv = CohortCsv.Write(result.Cohort);
            var input = new ReconstructionReportInput(
                result,
                targets,
                ExactTargetCheck.Check(exact, result.Cohort),
                PaperAnalysis.Run(result.Cohort, CohortReconstructor.Profile),
                PaperAnalysis.Run(result.Cohort, ConventionsProfile.R),
                PublishedConsistency.Check(paper),
                Path.GetFileName(request.OutputPath),
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv))));
            var markdown = renderer.Render(ReportTemplate, ReconstructionReportView.From(input));
            AtomicWriter.WriteAll([(request.OutputPath, csv), (request.ReportPath, markdown)]);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Cohort.Count} synthetic patients to {request.OutputPath} and the report to {request.ReportPath} (seed {result.Seed}, {result.Chains} × {result.Iterations} iterations{(result.StoppedByBudget ? " (time budget)" : string.Empty)}, loss {result.InitialLoss:F1} → {result.FinalLoss:F3}, {clock.Elapsed.TotalSeconds:F1} s)."));
            return 0;
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

/// <summary>What <c>smnpc reconstruct</c> was asked to do.</summary>
/// <param name="Seed">Seed.</param>
/// <param name="Iterations">Iterations of the search, per chain.</param>
/// <param name="Chains">Independent annealing chains.</param>
/// <param name="Budget">Optional wall-clock cap.</param>
/// <param name="PublishedPath">The published numbers.</param>
/// <param name="OutputPath">The cohort CSV to write.</param>
/// <param name="ReportPath">The report to write.</param>
/// <param name="TemplatesFolder">The folder with the report's template.</param>
public sealed record ReconstructRequest(ulong Seed, long Iterations, int Chains, TimeSpan? Budget, string PublishedPath, string OutputPath, string ReportPath, string TemplatesFolder);
