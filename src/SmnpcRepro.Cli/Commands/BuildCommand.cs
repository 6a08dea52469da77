using System.CommandLine;
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
        var command = new Command("build", "Regenerate the manuscript (tables, text numbers) from the cohort data.") { data, manuscript };
        command.SetAction(parse => Run(console, parse.GetValue(data)!, parse.GetValue(manuscript)!));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 built, 2 bad input).</summary>
    public static int Run(CliConsole console, string dataFolder, string manuscriptFolder)
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
            var provenance = new[] { DataFileProvenance.Of(cohortPath, "data/cohort.csv") };
            var templates = new TemplateRenderer(Path.Combine(manuscriptFolder, "templates"));
            var environment = BuildEnvironment.Current(Path.GetDirectoryName(Path.GetFullPath(dataFolder)) ?? ".");
            var documents = ManuscriptBuilder.Build(cohort, provenance, environment, templates);
            AtomicWriter.WriteAll(documents.Select(d => (Path.Combine(manuscriptFolder, d.RelativePath), d.Bytes)).ToArray());
            console.Out.WriteLine($"Built {documents.Count} document(s) in {manuscriptFolder} from {cohort.Count} patients.");
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
