using System.CommandLine;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Cli.Commands;

/// <summary><c>smnpc reconstruct</c>: the only writer of <c>data/cohort.csv</c>, a synthetic cohort made from the published aggregates.</summary>
public static class ReconstructCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random stream; the same seed gives the same cohort on any machine.", DefaultValueFactory = _ => CohortSynthesizer.DefaultSeed };
        var published = new Option<string>("--published") { Description = "The published numbers (YAML).", DefaultValueFactory = _ => Path.Combine("data", "published.yaml") };
        var output = new Option<string>("--out") { Description = "Where to write the cohort CSV.", DefaultValueFactory = _ => Path.Combine("data", "cohort.csv") };
        var command = new Command("reconstruct", "Make the synthetic cohort from the published aggregates (seeded, re-runnable).") { seed, published, output };
        command.SetAction(parse => Run(console, parse.GetValue(seed), parse.GetValue(published)!, parse.GetValue(output)!));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    public static int Run(CliConsole console, ulong seed, string publishedPath, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var targets = SynthesisTargets.From(PublishedPaper.Load(publishedPath));
            var cohort = CohortSynthesizer.Generate(targets, seed);
            AtomicWriter.WriteAll([(outputPath, CohortCsv.Write(cohort))]);
            console.Out.WriteLine($"Wrote {cohort.Count} synthetic patients to {outputPath} (seed {seed}).");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or KeyNotFoundException)
        {
            console.Error.WriteLine($"{publishedPath}: error: {e.Message}");
            return 2;
        }
    }
}
