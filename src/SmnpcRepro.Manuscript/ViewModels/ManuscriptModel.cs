namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>manuscript.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Patients">The cohort size, formatted.</param>
/// <param name="Methods">The configuration the methods paragraph states.</param>
/// <param name="Results">The numbers of the Results text.</param>
/// <param name="Table1">Table 1 in the paper's layout.</param>
/// <param name="Table2">Table 2 in the paper's layout.</param>
/// <param name="Figures">Figures 3–6 with their caption numbers.</param>
/// <param name="DataFiles">The data files and their SHA-256, for the colophon.</param>
/// <param name="MissingValues">One line per field with missing values ("hb: 2"), empty when none.</param>
/// <param name="Colophon">What built the file.</param>
/// <param name="Notice">Where the data come from: the synthetic-data banner and caption words, or none for real data.</param>
/// <param name="FiguresCited">How the Results cite the figures of the independent factors ("Figures 4–6"), empty when there are none.</param>
/// <param name="Forest">Supplementary Figure S1, the forest plot of Table 2.</param>
public sealed record ManuscriptModel(
    string Patients,
    MethodsView Methods,
    ResultsTextView Results,
    TableView Table1,
    TableView Table2,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<DataFileProvenance> DataFiles,
    IReadOnlyList<string> MissingValues,
    ColophonView Colophon,
    DataNoticeView Notice,
    string FiguresCited,
    SupplementaryFigureView Forest,
    Numbers.NumbersFile Numbers);

/// <summary>The colophon: what built this file, so a reader can rebuild it exactly.</summary>
/// <param name="Source">SHA-256 fingerprint of the data, plan, templates and code the file was built from.</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="Packages">Library name and version.</param>
public sealed record ColophonView(string Source, string Runtime, IReadOnlyList<string> Packages)
{
    /// <summary>The colophon of <paramref name="environment"/>.</summary>
    public static ColophonView From(BuildEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new ColophonView(environment.Source, environment.Runtime, environment.Packages.Select(p => $"{p.Name} {p.Version}").ToArray());
    }
}
