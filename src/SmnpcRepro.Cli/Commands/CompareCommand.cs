using System.CommandLine;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Pipeline;
using SmnpcRepro.Pipeline.Compare;
using SmnpcRepro.Pipeline.Study;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc compare</c>: the reproduction report. Every number of <c>published.yaml</c> against the number
/// the data give, classified same / close / different, written to <c>manuscript/reproduction.md</c>.
/// A report, not a gate: exit code 0 whatever it finds, 2 for bad input.
/// </summary>
public static class CompareCommand
{
    /// <summary>Exit code for input that cannot be compared (a missing or invalid file, bad cohort data, a missing template).</summary>
    public const int BadInput = 2;

    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var published = new Option<string>("--published") { Description = "The published numbers (YAML).", DefaultValueFactory = _ => Path.Combine("data", "published.yaml") };
        var data = new Option<string>("--data") { Description = "Folder with cohort.csv (and its dictionary).", DefaultValueFactory = _ => "data" };
        var output = new Option<string>("--out") { Description = "Where to write the report (Markdown).", DefaultValueFactory = _ => Path.Combine("manuscript", ReproductionReport.Document) };
        var templates = new Option<string>("--templates") { Description = "Templates folder with reproduction.md.scriban.", DefaultValueFactory = _ => Path.Combine("manuscript", "templates") };
        var profile = new Option<string?>("--profile") { Description = "Conventions of the rebuild: spss18 (the paper's software) or r; default: analysis.profile of data/study.yaml." };
        profile.AcceptOnlyFromAmong([.. ConventionsProfile.All.Select(p => p.Name)]);
        var command = new Command("compare", "Compare every published number with the recomputed one (same / close / different); writes manuscript/reproduction.md.")
        {
            published,
            data,
            output,
            templates,
            profile,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(published)!,
            parse.GetValue(data)!,
            parse.GetValue(output)!,
            parse.GetValue(templates)!,
            parse.GetValue(profile) is { } name ? ConventionsProfile.Named(name) : null));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 written, 2 bad input).</summary>
    public static int Run(CliConsole console, string publishedPath, string dataFolder, string outputPath, string templatesFolder, ConventionsProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var workspace = new Workspace(dataFolder, Path.GetDirectoryName(templatesFolder) ?? "manuscript");
        try
        {
            var result = CompareWorkflow.Run(workspace, publishedPath, outputPath, templatesFolder, profile);
            profile ??= result.Profile;
            var cohortPath = workspace.CohortFile;
            console.Out.WriteLine($"Compared {publishedPath} with a rebuild from {cohortPath} ({profile.Name} conventions); report in {outputPath}.");
            foreach (var (agreement, name) in new[] { (Agreement.Same, "same"), (Agreement.Close, "close"), (Agreement.Different, "different") })
            {
                console.Out.WriteLine($"{name}: {Format.Count(result.Count(agreement))}");
            }

            console.Out.WriteLine($"no counterpart: {Format.Count(result.Unmatched.Count)}");
            return 0;
        }
        catch (FileNotFoundException e)
        {
            console.Error.WriteLine(e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is StudySettingsException or InvalidDataException or KeyNotFoundException or CohortDataException or TemplateException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(e.Message);
            console.Error.WriteLine("The report was not changed.");
            return BadInput;
        }
    }
}
