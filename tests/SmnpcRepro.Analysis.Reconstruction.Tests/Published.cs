using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>The repository's published numbers and the targets read from them, shared by the reconstruction tests.</summary>
internal static class Published
{
    public static PublishedPaper Paper { get; } = PublishedPaper.Load(RepositoryPaths.Data("published.yaml"));

    public static SynthesisTargets Exact { get; } = SynthesisTargets.From(Paper);

    public static PrintedNumberCatalogue Catalogue { get; } = CatalogueReader.Read(RepositoryPaths.Data(CatalogueReader.FileName));

    public static IReadOnlyList<ReconstructionTarget> Targets { get; } = ReconstructionTargets.From(Paper, Catalogue);
}
