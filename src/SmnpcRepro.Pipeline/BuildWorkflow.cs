using System.Security.Cryptography;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// <c>smnpc build</c>'s workflow: build everything in memory, compare its printed numbers with the previous
/// build's, write every document and <c>changes.md</c> all-or-nothing, then delete the generated files this
/// build no longer makes (a figure of a factor that left the model), so <c>manuscript/</c> holds exactly one build.
/// </summary>
public static class BuildWorkflow
{
    /// <summary>What a build wrote and what changed.</summary>
    /// <param name="Output">The build.</param>
    /// <param name="Changes">The change from the previous build's printed numbers, or null for a first build.</param>
    /// <param name="ChangesWritten">Whether <c>changes.md</c> was rewritten (it is kept when numbers.json did not change, so a rebuild does not erase the record of the last change).</param>
    /// <param name="Removed">Generated files deleted because this build no longer makes them (relative to the manuscript folder).</param>
    public sealed record Result(BuildOutput Output, DriftResult? Changes, bool ChangesWritten, IReadOnlyList<string> Removed);

    /// <summary>Builds <paramref name="workspace"/> and writes the manuscript.</summary>
    public static Result Run(Workspace workspace, IProgress<int>? bootstrapProgress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var output = StudyBuild.Run(workspace, bootstrapProgress);
        var numbers = output.Documents.Single(d => d.RelativePath == PrintedNumbers.FileName);
        var numbersPath = workspace.InManuscript(PrintedNumbers.FileName);
        var previousBytes = File.Exists(numbersPath) ? File.ReadAllBytes(numbersPath) : null;
        var previous = previousBytes is null ? null : Previous(previousBytes, numbersPath);
        var changes = previous is null ? null : NumbersDiff.Compare(previous, output.Numbers);

        var files = output.Documents.Select(d => (workspace.InManuscript(d.RelativePath), d.Bytes)).ToList();
        var changesPath = workspace.InManuscript(ChangeReport.Document);
        var keep = previousBytes is not null && previousBytes.AsSpan().SequenceEqual(numbers.Bytes) && File.Exists(changesPath);
        if (!keep)
        {
            var drift = changes ?? new DriftResult(0, [], [], ["First build: there is no previous `numbers.json` to compare with."]);
            var report = ChangeReport.Render(drift, Sha256(numbers.Bytes), new TemplateRenderer(workspace.TemplatesFolder));
            files.Add((changesPath, ManuscriptDocument.Text(ChangeReport.Document, report).Bytes));
        }

        AtomicWriter.WriteAll(files);
        var removed = GeneratedFiles.Stale(workspace, output.Documents);
        foreach (var file in removed)
        {
            File.Delete(workspace.InManuscript(file));
        }

        return new Result(output, changes, !keep, removed);
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static NumbersFile? Previous(byte[] bytes, string path)
    {
        try
        {
            return NumbersJson.Parse(System.Text.Encoding.UTF8.GetString(bytes), path);
        }
        catch (InvalidDataException)
        {
            // A numbers file of another schema or a broken one is replaced; there is nothing to compare with.
            return null;
        }
    }
}
