using SmnpcRepro.Manuscript;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// Which files under <c>manuscript/</c> are the build's: everything but the templates (inputs) and
/// <c>changes.md</c> (the record of the last change, checked on its own). A file there that the build does not
/// make is stale: the build deletes it, the check reports it.
/// </summary>
public static class GeneratedFiles
{
    /// <summary>The templates folder's name under the manuscript folder.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>Files under the manuscript folder (relative, with '/') that the build owns but did not make this time.</summary>
    public static IReadOnlyList<string> Stale(Workspace workspace, IReadOnlyList<ManuscriptDocument> made)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(made);
        var names = made.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        return Owned(workspace).Where(f => !names.Contains(f)).ToList();
    }

    /// <summary>Every file under the manuscript folder that belongs to the build, in ordinal order.</summary>
    public static IReadOnlyList<string> Owned(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (!Directory.Exists(workspace.ManuscriptFolder))
        {
            return [];
        }

        return Directory.EnumerateFiles(workspace.ManuscriptFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(workspace.ManuscriptFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(TemplatesFolder + "/", StringComparison.Ordinal)
                && !string.Equals(f, ChangeReport.Document, StringComparison.Ordinal)
                && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
