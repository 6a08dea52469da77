namespace SmnpcRepro.Pipeline.Reconstruction;

/// <summary>What <c>smnpc reconstruct</c> was asked to do.</summary>
/// <param name="Seed">Seed.</param>
/// <param name="Iterations">Iterations of the search, per chain.</param>
/// <param name="Chains">Independent annealing chains.</param>
/// <param name="Budget">Optional wall-clock cap.</param>
/// <param name="PublishedPath">The published numbers.</param>
/// <param name="OutputPath">The cohort CSV to write.</param>
/// <param name="ReportPath">The report to write.</param>
/// <param name="TemplatesFolder">The folder with the report's template.</param>
/// <param name="ReportOnly">Rewrite only the report, from the recorded run and the cohort as it is.</param>
public sealed record ReconstructRequest(ulong Seed, long Iterations, int Chains, TimeSpan? Budget, string PublishedPath, string OutputPath, string ReportPath, string TemplatesFolder, bool ReportOnly = false)
{
    /// <summary>The run record's path: <c>reconstruction-run.json</c> beside the cohort.</summary>
    public string RunPath => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputPath)) ?? ".", ReconstructionRun.FileName);

    /// <summary>The catalogue of printed numbers: <c>catalogue.yaml</c> beside the published numbers.</summary>
    public string CataloguePath => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(PublishedPath)) ?? ".", SmnpcRepro.Analysis.Catalogue.CatalogueReader.FileName);
}
