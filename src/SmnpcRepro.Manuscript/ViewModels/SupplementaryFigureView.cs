using SmnpcRepro.Analysis;
using SmnpcRepro.Manuscript.Figures;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Supplementary Figure S1: the forest plot of Table 2, its file stem and what it shows in words.</summary>
/// <param name="Label">How the text names it ("Supplementary Figure S1").</param>
/// <param name="File">File stem under <c>figures/</c>.</param>
/// <param name="Description">Alt text, SVG and PDF title.</param>
/// <param name="Data">What the figure draws.</param>
public sealed record SupplementaryFigureView(string Label, string File, string Description, ForestFigure Data)
{
    /// <summary>The forest plot of <paramref name="results"/>.</summary>
    public static SupplementaryFigureView Forest(PaperResults results) =>
        new("Supplementary Figure S1", ForestFigureBuilder.FileStem, ForestPlotter.Description, ForestFigureBuilder.From(results));
}
