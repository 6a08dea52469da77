using System.CommandLine;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc check</c>: the drift gate. Recomputes every number from <c>data/</c> in memory and compares it,
/// at its printed precision, with what the committed manuscript prints (<c>manuscript/numbers.json</c>).
/// Writes nothing under <c>manuscript/</c>; prints the drift report (and writes it to <c>--report</c>).
/// Exit code 0 no drift, 1 drift, 2 bad input.
/// </summary>
public static class CheckCommand
{
    /// <summary>Exit code when a printed number, a significance or the model's membership drifted.</summary>
    public const int DriftFound = 1;

    /// <summary>Exit code for input that cannot be checked (no or an invalid numbers.json, bad cohort data, a missing template).</summary>
    public const int BadInput = 2;

    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder with cohort.csv (and its dictionary).", DefaultValueFactory = _ => "data" };
        var manuscript = new Option<string>("--manuscript") { Description = "Manuscript folder: numbers.json and manuscript.md are checked, templates/ is read.", DefaultValueFactory = _ => "manuscript" };
        var profile = new Option<string>("--profile") { Description = "Conventions to recompute under (the manuscript's own: spss18 unless it was built with --profile r).", DefaultValueFactory = _ => ConventionsProfile.Spss18.Name };
        profile.AcceptOnlyFromAmong([.. ConventionsProfile.All.Select(p => p.Name)]);
        var report = new Option<string?>("--report") { Description = "Also write the drift report (Markdown) to this file." };
        var command = new Command("check", "Recompute every number from the data and compare with the committed manuscript; exit 1 if any drifted.")
        {
            data,
            manuscript,
            profile,
            report,
        };
        command.SetAction(parse => Run(console, parse.GetValue(data)!, parse.GetValue(manuscript)!, ConventionsProfile.Named(parse.GetValue(profile)!), parse.GetValue(report)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 no drift, 1 drift, 2 bad input).</summary>
    public static int Run(CliConsole console, string dataFolder, string manuscriptFolder, ConventionsProfile profile, string? reportPath = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(profile);
        var numbersPath = Path.Combine(manuscriptFolder, PrintedNumbers.FileName);
        var cohortPath = Path.Combine(dataFolder, "cohort.csv");
        try
        {
            if (!File.Exists(numbersPath))
            {
                console.Error.WriteLine($"{numbersPath}: error: the file does not exist; run `smnpc build` and commit the manuscript with it.");
                return BadInput;
            }

            var committed = NumbersJson.Load(numbersPath);
            if (!File.Exists(cohortPath))
            {
                console.Error.WriteLine($"{cohortPath}: error: the cohort file does not exist.");
                return BadInput;
            }

            var cohort = CohortCsv.Read(cohortPath);
            var results = PaperAnalysis.Run(cohort.Records, profile);
            // The environment only feeds the colophon and the methods' engine line, never a number.
            var environment = new BuildEnvironment("(not used by the check)", false, "(not used by the check)", []);
            var rebuilt = PrintedNumbers.From(results, ManuscriptBuilder.Model(results, cohort.Missing, [], environment));
            var result = NumbersDiff.Compare(committed, rebuilt);
            var main = Path.Combine(manuscriptFolder, ManuscriptBuilder.MainDocument);
            if (!File.Exists(main))
            {
                result = result with { Problems = [.. result.Problems, $"`{main}` is missing (its numbers file is there): run `smnpc build`."] };
            }

            var report = DriftReport.Render(
                result,
                DataFileProvenance.Of(cohortPath, cohortPath),
                numbersPath,
                profile.Name,
                new TemplateRenderer(Path.Combine(manuscriptFolder, "templates")));
            console.Out.Write(report);
            if (reportPath is not null)
            {
                AtomicWriter.WriteAll([(reportPath, report)]);
            }

            return result.HasDrift ? DriftFound : 0;
        }
        catch (Exception e) when (e is InvalidDataException or CohortDataException or TemplateException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(e.Message);
            return BadInput;
        }
    }
}
