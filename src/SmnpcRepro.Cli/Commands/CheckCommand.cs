using System.CommandLine;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Pipeline;
using SmnpcRepro.Pipeline.Check;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc check</c>: the drift gate. Rebuilds every generated file in memory under <c>data/study.yaml</c>
/// and compares it with the committed one (<see cref="CheckWorkflow"/>). Writes nothing under
/// <c>manuscript/</c>; prints the drift report (and writes it to <c>--report</c>). Exit code 0 no drift, 1 drift, 2 bad input.
/// </summary>
public static class CheckCommand
{
    /// <summary>Exit code when a printed number, a significance, the model's membership or a generated file drifted.</summary>
    public const int DriftFound = 1;

    /// <summary>Exit code for input that cannot be checked (invalid settings, numbers.json or cohort data, a missing template).</summary>
    public const int BadInput = 2;

    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder with cohort.csv, its dictionary and study.yaml (the settings).", DefaultValueFactory = _ => "data" };
        var manuscript = new Option<string>("--manuscript") { Description = "The committed manuscript folder to check (templates/ is read).", DefaultValueFactory = _ => "manuscript" };
        var report = new Option<string?>("--report") { Description = "Also write the drift report (Markdown) to this file." };
        var command = new Command("check", "Rebuild every generated file in memory and compare with the committed manuscript; exit 1 if anything drifted.")
        {
            data,
            manuscript,
            report,
        };
        command.SetAction(parse => Run(console, new Workspace(parse.GetValue(data)!, parse.GetValue(manuscript)!), parse.GetValue(report)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 no drift, 1 drift, 2 bad input).</summary>
    public static int Run(CliConsole console, Workspace workspace, string? reportPath = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(workspace);
        try
        {
            var result = CheckWorkflow.Run(workspace);
            var report = DriftReport.Render(
                result.Numbers,
                DataFileProvenance.Of(workspace.CohortFile, workspace.CohortFile.Replace('\\', '/')),
                Path.Combine(workspace.ManuscriptFolder, PrintedNumbers.FileName).Replace('\\', '/'),
                result.Output.Settings.Profile.Name,
                new TemplateRenderer(workspace.TemplatesFolder),
                result.Files,
                result.Reconstruction);
            console.Out.Write(report);
            if (reportPath is not null)
            {
                AtomicWriter.WriteAll([(reportPath, report)]);
            }

            return result.HasDrift ? DriftFound : 0;
        }
        catch (Exception e) when (e is InvalidDataException or CohortDataException or TemplateException or StudySettingsException or FileNotFoundException or IOException or UnauthorizedAccessException or KeyNotFoundException)
        {
            console.Error.WriteLine(e.Message);
            return BadInput;
        }
    }
}
