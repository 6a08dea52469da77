using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;

namespace SmnpcRepro.Manuscript.Tests;

/// <summary>
/// Snapshooter's match, with a failure message that says where the new snapshot was written and how to
/// accept every new snapshot at once (<c>scripts/accept-snapshots.sh</c>), so a person reading CI's output
/// knows what to look at and what to run.
/// </summary>
internal static class SnapshotAssert
{
    /// <summary>Matches <paramref name="value"/> with the calling test's snapshot.</summary>
    public static void Match(object value, SnapshotNameExtension? name = null, [CallerFilePath] string testFile = "")
    {
        try
        {
            if (name is null)
            {
                Snapshot.Match(value);
            }
            else
            {
                Snapshot.Match(value, name);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var folder = Path.Combine(Path.GetDirectoryName(testFile) ?? ".", "__snapshots__", "__mismatch__");
            throw new SnapshotMismatchException(
                $"The snapshot differs; the new one was written to {Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/')}/ (beside the old one in __snapshots__/). "
                + "If the change is meant, accept every new snapshot and remove orphans with scripts/accept-snapshots.sh.\n" + e.Message,
                e);
        }
    }
}

/// <summary>A snapshot did not match (the message says where the new one is).</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
