namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>A table ready to place: title, column headers, rows of preformatted cells, notes below.</summary>
public sealed record TableView(string Title, IReadOnlyList<string> Columns, IReadOnlyList<TableRowView> Rows, IReadOnlyList<string> Notes);

/// <summary>One row: a header line of a characteristic (<see cref="IsHeader"/>) or a level line under it.</summary>
public sealed record TableRowView(string Label, IReadOnlyList<string> Cells, bool IsHeader);
