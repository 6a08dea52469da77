using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// Where a study's files are, named once: the data folder (cohort, dictionary, settings, published numbers,
/// reconstruction report) and the manuscript folder (templates in, generated documents out). The repository
/// root, whose sources the colophon fingerprints, is the data folder's parent.
/// </summary>
/// <param name="DataFolder">The data folder (<c>data</c>).</param>
/// <param name="ManuscriptFolder">The manuscript folder (<c>manuscript</c>).</param>
public sealed record Workspace(string DataFolder, string ManuscriptFolder)
{
    /// <summary>The repository's own layout under <paramref name="root"/>.</summary>
    public static Workspace At(string root) => new(Path.Combine(root, "data"), Path.Combine(root, "manuscript"));

    /// <summary>The repository root (the data folder's parent).</summary>
    public string Root => Path.GetDirectoryName(Path.GetFullPath(DataFolder)) ?? ".";

    /// <summary><c>data/study.yaml</c>.</summary>
    public string StudyFile => Path.Combine(DataFolder, StudySettings.FileName);

    /// <summary><c>data/cohort.csv</c>.</summary>
    public string CohortFile => Path.Combine(DataFolder, "cohort.csv");

    /// <summary><c>data/cohort.dictionary.csv</c>.</summary>
    public string DictionaryFile => Path.Combine(DataFolder, "cohort.dictionary.csv");

    /// <summary><c>data/published.yaml</c>.</summary>
    public string PublishedFile => Path.Combine(DataFolder, "published.yaml");

    /// <summary><c>data/catalogue.yaml</c>: which number of the manuscript stands for which published number.</summary>
    public string CatalogueFile => Path.Combine(DataFolder, Analysis.Catalogue.CatalogueReader.FileName);

    /// <summary><c>data/reconstruction-report.md</c>.</summary>
    public string ReconstructionReportFile => Path.Combine(DataFolder, "reconstruction-report.md");

    /// <summary><c>manuscript/templates</c>.</summary>
    public string TemplatesFolder => Path.Combine(ManuscriptFolder, "templates");

    /// <summary>A path under the manuscript folder.</summary>
    public string InManuscript(string relativePath) => Path.Combine(ManuscriptFolder, relativePath);
}
