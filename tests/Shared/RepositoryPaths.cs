namespace SmnpcRepro.Tests;

/// <summary>Finds files of this repository from the test's output folder (no machine paths in tests). One file, linked into each test project of the paper's analysis and its stages.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A frozen study input (tests/Fixtures/study/): tests never read the live data/, which authors edit.</summary>
    public static string Data(string file) => Path.Combine(FrozenStudy, file);

    /// <summary>The folder of frozen study inputs, with their provenance in its README.</summary>
    public static string FrozenStudy => Path.Combine(Root, "tests", "Fixtures", "study");

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
