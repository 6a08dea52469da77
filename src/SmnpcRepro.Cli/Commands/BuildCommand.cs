using System.CommandLine;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Cli.Commands;

/// <summary><c>smnpc build</c>: data → analysis → templates → <c>manuscript/</c>, written only if everything succeeded.</summary>
public static class BuildCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder with cohort.csv (and its dictionary).", DefaultValueFactory = _ => "data" };
        var manuscript = new Option<string>("--manuscript") { Description = "Manuscript folder: templates/ is read, the documents are written here.", DefaultValueFactory = _ => "manuscript" };
        var profile = new Option<string>("--profile") { Description = "Conventions: spss18 (the paper's software: Breslow ties, SPSS median) or r (Efron ties, R median).", DefaultValueFactory = _ => ConventionsProfile.Spss18.Name };
        profile.AcceptOnlyFromAmong([.. ConventionsProfile.All.Select(p => p.Name)]);
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples of the selection procedure in the robustness appendix.", DefaultValueFactory = _ => RobustnessOptions.Default.BootstrapResamples };
        bootstrap.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--bootstrap must be at least 1.");
            }
        });
        var command = new Command("build", "Regenerate the manuscript (tables, figures, text numbers) and its robustness appendix from the cohort data.") { data, manuscript, profile, bootstrap };
        command.SetAction(parse => Run(console, parse.GetValue(data)!, parse.GetValue(manuscript)!, ConventionsProfile.Named(parse.GetValue(profile)!), parse.GetValue(bootstrap)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 built, 2 bad input).</summary>
    public static int Run(CliConsole console, string dataFolder, string manuscriptFolder, ConventionsProfile profile, int bootstrapResamples = 1000)
    {
        ArgumentNullException.ThrowIfNull(console);
        var cohortPath = Path.Combine(dataFolder, "cohort.csv");
        try
        {
            if (!File.Exists(cohortPath))
            {
                console.Error.WriteLine($"{cohortPath}: error: the cohort file does not exist (run `smnpc reconstruct` to make the synthetic one).");
                return 2;
            }

            var cohort = CohortCsv.Read(cohortPath);
            var dictionaryPath = Path.Combine(dataFolder, "cohort.dictionary.csv");
            var provenance = File.Exists(dictionaryPath)
                ? new[] { DataFileProvenance.Of(cohortPath, "data/cohort.csv"), DataFileProvenance.Of(dictionaryPath, "data/cohort.dictionary.csv") }
                : new[] { DataFileProvenance.Of(cohortPath, "data/cohort.csv") };
            var templates = new TemplateRenderer(Path.Combine(manuscriptFolder, "templates"));
            var environment = BuildEnvironment.Current(Path.GetDirectoryName(Path.GetFullPath(dataFolder)) ?? ".");
            var results = PaperAnalysis.Run(cohort.Records, profile);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var robustness = Robustness(console, cohort.Records, results, bootstrapResamples);
            var robustnessSeconds = clock.Elapsed.TotalSeconds;
            var documents = ManuscriptBuilder.Build(results, cohort.Missing, provenance, environment, templates, robustness);
            AtomicWriter.WriteAll(documents.Select(d => (Path.Combine(manuscriptFolder, d.RelativePath), d.Bytes)).ToArray());
            RemoveStaleFigures(manuscriptFolder, documents);
            console.Out.WriteLine($"Built {documents.Count} files in {manuscriptFolder} from {cohort.Count} patients ({profile.Name} conventions).");
            console.Out.WriteLine(FormattableString.Invariant($"Robustness appendix: {bootstrapResamples} bootstrap resamples on {Environment.ProcessorCount} cores; its analyses took {robustnessSeconds:F2} s."));
            return 0;
        }
        catch (CohortDataException e)
        {
            console.Error.WriteLine(e.Message);
            console.Error.WriteLine("The manuscript was not changed.");
            return 2;
        }
        catch (TemplateException e)
        {
            console.Error.WriteLine(e.Message);
            console.Error.WriteLine("The manuscript was not changed.");
            return 2;
        }
    }

    /// <summary>The appendix's analyses, with a progress bar for the bootstrap when standard error is a terminal.</summary>
    private static RobustnessResults Robustness(CliConsole console, IReadOnlyList<CohortRecord> cohort, PaperResults paper, int resamples)
    {
        var options = RobustnessOptions.Default with { BootstrapResamples = resamples };
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(console.Error, Console.Error);
        if (!interactive)
        {
            return RobustnessAnalysis.Run(cohort, paper, options);
        }

        using var bar = new TerminalProgressBar(console.Error, "Bootstrap of the selection rule", resamples);
        return RobustnessAnalysis.Run(cohort, paper, options, bar);
    }

    /// <summary>
    /// Figures are derived files: one the build no longer makes (a Schoenfeld plot of a factor that left the
    /// model) is deleted, so <c>manuscript/figures/</c> holds exactly what this build drew.
    /// </summary>
    private static void RemoveStaleFigures(string manuscriptFolder, IReadOnlyList<ManuscriptDocument> documents)
    {
        var figures = Path.Combine(manuscriptFolder, "figures");
        if (!Directory.Exists(figures))
        {
            return;
        }

        var made = documents.Select(d => Path.GetFullPath(Path.Combine(manuscriptFolder, d.RelativePath))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(figures))
        {
            if (!made.Contains(Path.GetFullPath(file)))
            {
                File.Delete(file);
            }
        }
    }
}
