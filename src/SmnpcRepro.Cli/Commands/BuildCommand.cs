using System.CommandLine;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
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
        var command = new Command("build", "Regenerate the manuscript (tables, figures, text numbers) from the cohort data.") { data, manuscript, profile };
        command.SetAction(parse => Run(console, parse.GetValue(data)!, parse.GetValue(manuscript)!, ConventionsProfile.Named(parse.GetValue(profile)!)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 built, 2 bad input).</summary>
    public static int Run(CliConsole console, string dataFolder, string manuscriptFolder, ConventionsProfile profile)
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
            var documents = ManuscriptBuilder.Build(results, cohort.Missing, provenance, environment, templates);
            AtomicWriter.WriteAll(documents.Select(d => (Path.Combine(manuscriptFolder, d.RelativePath), d.Bytes)).ToArray());
            console.Out.WriteLine($"Built {documents.Count} files in {manuscriptFolder} from {cohort.Count} patients ({profile.Name} conventions).");
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
}
