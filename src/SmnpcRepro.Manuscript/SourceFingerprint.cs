using System.Security.Cryptography;
using System.Text;

namespace SmnpcRepro.Manuscript;

/// <summary>
/// One SHA-256 over the files a manuscript is built from — <c>data/</c>, <c>manuscript/templates/</c>, the code
/// under <c>src/</c> and <c>generators/</c> and the build settings at the top — in ordinal order of their
/// paths, with <c>bin/</c> and <c>obj/</c> left out. Generated files are not inputs, so building twice, or
/// building a fresh clone, gives the same fingerprint and the same colophon (a commit SHA cannot: the commit
/// that holds the manuscript does not exist when it is built).
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The folders whose files are inputs of the build.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["data", "generators", "src"];

    /// <summary>The top-level files that are inputs of the build.</summary>
    public static IReadOnlyList<string> TopFiles { get; } = ["Directory.Build.props", "Directory.Packages.props", "global.json"];

    private static readonly string[] Skipped = ["bin", "obj"];

    /// <summary>
    /// The fingerprint of the sources under <paramref name="repository"/> and the templates in
    /// <paramref name="templatesFolder"/> (named <c>manuscript/templates/…</c> wherever they are), lower-case hex.
    /// </summary>
    public static string Of(string repository, string templatesFolder)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(templatesFolder);
        var files = new List<(string Relative, string Full)>();
        foreach (var top in TopFiles)
        {
            var full = Path.Combine(repository, top);
            if (File.Exists(full))
            {
                files.Add((top, full));
            }
        }

        foreach (var folder in Folders)
        {
            Collect(repository, Path.Combine(repository, folder), files);
        }

        if (Directory.Exists(templatesFolder))
        {
            files.AddRange(Directory.GetFiles(templatesFolder).Select(f => ("manuscript/templates/" + Path.GetFileName(f), f)));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(full)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Collect(string repository, string folder, List<(string, string)> files)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder))
        {
            files.Add((Path.GetRelativePath(repository, file).Replace('\\', '/'), file));
        }

        foreach (var sub in Directory.GetDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (!Skipped.Contains(name, StringComparer.Ordinal) && !name.StartsWith('.'))
            {
                Collect(repository, sub, files);
            }
        }
    }
}
