using System.CommandLine;
using System.Globalization;
using SmnpcRepro.Cli.Output;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Pipeline;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Cli.Commands;

/// <summary>
/// <c>smnpc build</c>: data → analysis → templates → <c>manuscript/</c> under the settings of
/// <c>data/study.yaml</c>, written only if everything succeeded; prints what changed since the previous build.
/// </summary>
public static class BuildCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder with cohort.csv, its dictionary and study.yaml (the settings).", DefaultValueFactory = _ => "data" };
        var manuscript = new Option<string>("--manuscript") { Description = "Manuscript folder: templates/ is read, the documents are written here.", DefaultValueFactory = _ => "manuscript" };
        var command = new Command("build", "Regenerate the manuscript (tables, figures, text, appendix, reports) from the data under data/study.yaml, and say what changed.") { data, manuscript };
        command.SetAction(parse => Run(console, new Workspace(parse.GetValue(data)!, parse.GetValue(manuscript)!)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code (0 built, 2 bad input).</summary>
    public static int Run(CliConsole console, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(workspace);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = Write(console, workspace);
            var output = result.Output;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {output.Documents.Count} files in {workspace.ManuscriptFolder} from {output.Patients} patients ({output.Settings.Profile.Name} conventions, {Origin(output.Origin)}; {output.Settings.BootstrapResamples} bootstrap resamples) in {clock.Elapsed.TotalSeconds:F1} s."));
            foreach (var removed in result.Removed)
            {
                console.Out.WriteLine($"Removed {removed}: this build no longer makes it.");
            }

            foreach (var warning in output.Warnings)
            {
                console.Error.WriteLine($"warning: {warning}");
            }

            foreach (var problem in output.ReconstructionProblems)
            {
                console.Error.WriteLine($"warning: reconstruction: {problem}");
            }

            WriteChanges(console, result);
            return 0;
        }
        catch (Exception e) when (e is CohortDataException or TemplateException or StudySettingsException or FileNotFoundException or InvalidDataException or KeyNotFoundException)
        {
            console.Error.WriteLine(e.Message);
            console.Error.WriteLine("The manuscript was not changed.");
            return 2;
        }
    }

    private static BuildWorkflow.Result Write(CliConsole console, Workspace workspace)
    {
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(console.Error, Console.Error);
        if (!interactive)
        {
            return BuildWorkflow.Run(workspace);
        }

        var resamples = StudySettingsReader.Read(workspace.StudyFile).BootstrapResamples;
        using var bar = new TerminalProgressBar(console.Error, "Bootstrap of the selection rule", resamples);
        return BuildWorkflow.Run(workspace, bar);
    }

    /// <summary>What changed since the previous build, in a reader's words: flips and model changes first, then a count of moved numbers.</summary>
    private static void WriteChanges(CliConsole console, BuildWorkflow.Result result)
    {
        var changes = Path.Combine("manuscript", ChangeReport.Document);
        if (result.Changes is not { } drift)
        {
            console.Out.WriteLine($"First build here: no previous numbers.json to compare with ({changes} says so).");
            return;
        }

        if (!drift.HasDrift)
        {
            console.Out.WriteLine(result.ChangesWritten
                ? $"No printed number changed since the previous build ({changes})."
                : $"No printed number changed since the previous build; {changes} still describes the last change.");
            return;
        }

        var moved = drift.Numbers.Count(n => n.Before is not null && n.After is not null && !string.Equals(n.Before, n.After, StringComparison.Ordinal));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Changed since the previous build: {moved} printed numbers moved, {drift.Flipped.Count} P values flipped, {drift.Model.Count} changes of the multivariate model (all of them in {changes}):"));
        foreach (var line in drift.Model.Select(m => m.Line).Concat(drift.Flipped.Select(n => n.Line)))
        {
            console.Out.WriteLine($"  {line}");
        }
    }

    private static string Origin(DataOrigin origin) => origin switch
    {
        DataOrigin.Synthetic => "synthetic data",
        DataOrigin.EditedSynthetic => "synthetic data edited by hand",
        _ => "real data",
    };
}
