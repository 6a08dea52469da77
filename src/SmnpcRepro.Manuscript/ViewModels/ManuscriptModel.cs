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
public sealed record ManuscriptModel(
    string Patients,
    MethodsView Methods,
    ResultsTextView Results,
    TableView Table1,
    TableView Table2,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<DataFileProvenance> DataFiles,
    IReadOnlyList<string> MissingValues,
    ColophonView Colophon);

/// <summary>The colophon: what built this file, so a reader can rebuild it exactly.</summary>
public sealed record ColophonView(string Commit, string Runtime, IReadOnlyList<string> Packages);
