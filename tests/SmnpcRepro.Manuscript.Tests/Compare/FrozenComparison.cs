using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>The frozen study's inputs to the reproduction comparison, read once for the comparison's tests.</summary>
internal static class FrozenComparison
{
    public static readonly PublishedPaper Paper = PublishedPaper.Load(RepositoryPaths.Data("published.yaml"));
    public static readonly PrintedNumberCatalogue Catalogue = CatalogueReader.Read(RepositoryPaths.Data(CatalogueReader.FileName));
    public static readonly IReadOnlyList<CohortRecord> Cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records;
    public static readonly PaperResults Results = PaperAnalysis.Run(Cohort, ConventionsProfile.Spss18);

    /// <summary>The manuscript's printed numbers by id, as <c>smnpc compare</c> collects them.</summary>
    public static readonly IReadOnlyDictionary<string, PrintedValue> Printed =
        PrintedNumbers.Values(PrintedNumbers.From(Results)).ToDictionary(p => p.Id, StringComparer.Ordinal);
}
