using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Pipeline.Compare;

/// <summary>
/// The reproduction comparison as both <c>smnpc build</c> and <c>smnpc compare</c> run it: the workspace's
/// catalogue, the manuscript's printed numbers, and (for synthetic data) the reconstruction's roles.
/// </summary>
public static class StudyComparison
{
    /// <summary>Compares <paramref name="paper"/> with the <paramref name="numbers"/> a manuscript built from <paramref name="results"/> prints.</summary>
    /// <exception cref="InvalidDataException">catalogue.yaml is not valid.</exception>
    public static ReproductionResult Run(Workspace workspace, PublishedPaper paper, PaperResults results, IReadOnlyList<CohortRecord> cohort, NumbersFile numbers, DataOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var catalogue = CatalogueReader.Read(workspace.CatalogueFile);
        var roles = origin == DataOrigin.Real ? null : ReconstructionRoles.From(paper, catalogue, cohort);
        return ReproductionComparison.Run(paper, catalogue, results, PrintedNumbers.Values(numbers), roles);
    }
}
