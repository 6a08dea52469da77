using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Pipeline.Check;

/// <summary>
/// <c>smnpc check</c>'s workflow, the drift gate: rebuild every generated file in memory under the study's
/// settings and compare it with the committed one. Printed numbers that moved are said in a reader's words
/// (from <c>numbers.json</c>); any other difference — a hand edit, a template edited without a rebuild, a
/// figure — by file and line; a file the build no longer makes, a missing one, a <c>changes.md</c> that
/// describes another build, and, while the data are the unedited reconstruction, an exact target of the
/// reconstruction that fails. Nothing is exempt and nothing is written.
/// </summary>
public static class CheckWorkflow
{
    private static readonly string[] TextExtensions = [".md", ".json", ".svg", ".html", ".csv", ".txt"];

    /// <summary>Checks <paramref name="workspace"/>.</summary>
    /// <exception cref="InvalidDataException">The committed numbers.json is not valid.</exception>
    public static CheckResult Run(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var output = StudyBuild.Run(workspace);
        var numbersPath = workspace.InManuscript(PrintedNumbers.FileName);
        var problems = new List<string>();
        DriftResult numbers;
        if (File.Exists(numbersPath))
        {
            numbers = NumbersDiff.Compare(NumbersJson.Load(numbersPath), output.Numbers);
        }
        else
        {
            numbers = new DriftResult(0, [], [], []);
        }

        var files = new List<string>();
        foreach (var document in output.Documents)
        {
            var path = workspace.InManuscript(document.RelativePath);
            var shown = Shown(workspace, path);
            if (!File.Exists(path))
            {
                files.Add($"`{shown}` is missing: a fresh build makes it. Run `dotnet cake` and commit it.");
                continue;
            }

            var committed = File.ReadAllBytes(path);
            if (committed.AsSpan().SequenceEqual(document.Bytes))
            {
                continue;
            }

            if (TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                var lines = TextDrift.Describe(shown, System.Text.Encoding.UTF8.GetString(committed), document.Content);
                files.AddRange(lines.Count > 0 ? lines : [$"`{shown}` differs from a fresh build (line ends or encoding)."]);
            }
            else
            {
                files.Add($"`{shown}` differs from a fresh build (a binary file: look at it after `dotnet cake`).");
            }
        }

        files.AddRange(GeneratedFiles.Stale(workspace, output.Documents)
            .Select(f => $"`{Shown(workspace, workspace.InManuscript(f))}` is not made by a fresh build (left over from an earlier one): `dotnet cake` deletes it."));

        var changesPath = workspace.InManuscript(ChangeReport.Document);
        var numbersDocument = output.Documents.Single(d => d.RelativePath == PrintedNumbers.FileName);
        if (File.Exists(changesPath)
            && ChangeReport.NumbersSha256(File.ReadAllText(changesPath)) is var recorded
            && !string.Equals(recorded, BuildWorkflow.Sha256(numbersDocument.Bytes), StringComparison.Ordinal))
        {
            files.Add($"`{Shown(workspace, changesPath)}` describes a change to other numbers than the manuscript prints now: run `dotnet cake`.");
        }

        if (output.ReconstructionReport is { } report)
        {
            var reportPath = workspace.ReconstructionReportFile;
            var shown = Shown(workspace, reportPath);
            if (!File.Exists(reportPath))
            {
                files.Add($"`{shown}` is missing: run `smnpc reconstruct --report-only`.");
            }
            else if (!string.Equals(File.ReadAllText(reportPath), report, StringComparison.Ordinal))
            {
                files.AddRange(TextDrift.Describe(shown, File.ReadAllText(reportPath), report));
                files.Add($"`{shown}` is not what the current analysis gives on the unedited reconstruction: run `smnpc reconstruct --report-only` (no search; only the report is rewritten).");
            }
        }

        problems.AddRange(numbers.Problems);
        return new CheckResult(output, numbers with { Problems = problems }, files, output.ReconstructionProblems);
    }

    private static string Shown(Workspace workspace, string path) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(workspace.ManuscriptFolder)) ?? ".", path).Replace('\\', '/');
}
