namespace SmnpcRepro.Manuscript.Tests;

/// <summary>Finds files of this repository from the test's output folder (no machine paths in tests).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(string file) => Path.Combine(Root, "data", file);

    public static string Templates => Path.Combine(Root, "manuscript", "templates");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmnpcRepro.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SmnpcRepro.sln not found above the test folder.");
    }
}
