namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// The shared corpus of real REDCap projects, read in place: <c>../shared/redcap-real</c> beside the
/// repository root (the folder holding <c>SmnpcRepro.sln</c>). Absent, every test that needs it fails with
/// the path it looked for; it is never copied into the repository.
/// </summary>
internal static class Corpus
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SmnpcRepro.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SmnpcRepro.sln was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (holding SmnpcRepro.sln).</summary>
    public static string Repository => RepositoryRoot.Value;

    /// <summary>The corpus folder; throws, naming the path, when it is absent.</summary>
    public static string Root
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "redcap-real"));
            return Directory.Exists(corpus)
                ? corpus
                : throw new DirectoryNotFoundException($"The REDCap corpus is not at {corpus} (../shared/redcap-real beside the repository); these tests read it in place.");
        }
    }

    /// <summary>The full path of a corpus file, relative to <c>redcap-real/</c>; fails when it is missing.</summary>
    public static string File(string relative)
    {
        var path = Path.Combine(Root, relative);
        Assert.True(System.IO.File.Exists(path), "corpus file missing: " + path);
        return path;
    }
}
