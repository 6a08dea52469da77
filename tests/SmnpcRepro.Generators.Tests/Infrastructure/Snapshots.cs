using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;

namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshooter with the snapshot folder found from the test assembly's location (the project folder's
/// <c>__snapshots__</c>), not from the caller's source path, which a deterministic CI build maps to
/// <c>/_/</c>. Text is stored verbatim, so a snapshot is the generated C# or the diagnostics as printed.
/// </summary>
internal static class Snapshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmnpcRepro.Generators.Tests.csproj")))
            {
                return dir.FullName; // Snapshooter adds __snapshots__
            }
        }

        throw new InvalidOperationException("The test project folder was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>Matches <paramref name="text"/> against <c>__snapshots__/&lt;Class&gt;.&lt;name&gt;.snap</c>; the name defaults to the calling test's.</summary>
    public static void Match(string text, Type testClass, [CallerMemberName] string name = "") =>
        Snapshot.Match(text, new SnapshotFullName(testClass.Name + "." + name + ".snap", Folder.Value));
}
