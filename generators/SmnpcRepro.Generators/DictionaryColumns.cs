using System;
using System.Collections.Generic;
using System.Linq;

namespace SmnpcRepro.Generators;

/// <summary>
/// The columns of a REDCap data dictionary the generator reads, and their positions in a header. Three
/// headers are read: the Data Dictionary download (<c>Variable / Field Name</c>, …), the API metadata
/// export (<c>field_name</c>, …, where R writes <c>NA</c> for an empty cell), and — as REDCap's own upload
/// does, which ignores the header line — a column whose header cell is not recognised is taken from its
/// place in REDCap's fixed column order.
/// </summary>
internal static class DictionaryColumns
{
    public const string Name = "Variable / Field Name";
    public const string Form = "Form Name";
    public const string Type = "Field Type";
    public const string Label = "Field Label";
    public const string Choices = "Choices, Calculations, OR Slider Labels";
    public const string Note = "Field Note";
    public const string Validation = "Text Validation Type OR Show Slider Number";
    public const string Min = "Text Validation Min";
    public const string Max = "Text Validation Max";
    public const string Required = "Required Field?";
    public const string Annotation = "Field Annotation";

    /// <summary>Columns without which a field cannot be read.</summary>
    public static readonly string[] Needed = { Name, Type, Label, Choices, Note, Validation, Min, Max, Required };

    /// <summary>Columns read when present (empty otherwise).</summary>
    public static readonly string[] Optional = { Form, Annotation };

    /// <summary>REDCap's column order (the Data Dictionary download and the API metadata alike).</summary>
    private static readonly string[] Standard =
    {
        Name, Form, "Section Header", Type, Label, Choices, Note, Validation, Min, Max, "Identifier?",
        "Branching Logic (Show field only if...)", Required, "Custom Alignment", "Question Number (surveys only)",
        "Matrix Group Name", "Matrix Ranking?", Annotation,
    };

    /// <summary>The API metadata names, in the same order as <see cref="Standard"/>.</summary>
    private static readonly string[] Api =
    {
        "field_name", "form_name", "section_header", "field_type", "field_label", "select_choices_or_calculations",
        "field_note", "text_validation_type_or_show_slider_number", "text_validation_min", "text_validation_max",
        "identifier", "branching_logic", "required_field", "custom_alignment", "question_number",
        "matrix_group_name", "matrix_ranking", "field_annotation",
    };

    /// <summary>Whether the header is the API metadata form (then <c>NA</c> cells are empty).</summary>
    public static bool IsApiHeader(List<DictionaryCell> header) =>
        header.Count > 0 && string.Equals(header[0].Text.Trim().TrimStart('\uFEFF'), Api[0], StringComparison.Ordinal);

    /// <summary>Maps each column name to its index, or reports every needed column that is missing and returns null.</summary>
    public static Dictionary<string, int>? Map(List<DictionaryCell> header, DictionarySource source)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var recognised = new HashSet<int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text.Trim().TrimStart('\uFEFF');
            var api = Array.IndexOf(Api, name);
            if (api >= 0)
            {
                name = Standard[api];
            }

            if (Array.IndexOf(Standard, name) >= 0)
            {
                recognised.Add(i);
            }

            if (!columns.ContainsKey(name))
            {
                columns.Add(name, i);
            }
        }

        // REDCap reads an uploaded dictionary by position: a needed column whose header cell is not a
        // known name (e.g. '1' for 'Variable / Field Name') is taken from its standard place.
        foreach (var column in Needed.Concat(Optional))
        {
            var place = Array.IndexOf(Standard, column);
            if (!columns.ContainsKey(column) && place < header.Count && !recognised.Contains(place) && recognised.Count >= Needed.Length - 1)
            {
                columns.Add(column, place);
            }
        }

        var found = string.Join(", ", header.Select(c => c.Text));
        var ok = true;
        foreach (var needed in Needed)
        {
            if (!columns.ContainsKey(needed))
            {
                source.Report(source.LineSite(header[0].Start), Diagnostics.MissingColumn, needed, found);
                ok = false;
            }
        }

        return ok ? columns : null;
    }
}

/// <summary>One dictionary row with its cells looked up by column name.</summary>
internal readonly struct DictionaryRow
{
    private readonly List<DictionaryCell> _cells;
    private readonly Dictionary<string, int> _columns;
    private readonly bool _naIsEmpty;

    public DictionaryRow(List<DictionaryCell> cells, Dictionary<string, int> columns, bool naIsEmpty = false)
    {
        _cells = cells;
        _columns = columns;
        _naIsEmpty = naIsEmpty;
    }

    public DictionaryCell this[string column] => Clean(_cells[_columns[column]]);

    /// <summary>The trimmed text of an optional column, or empty when the dictionary has no such column.</summary>
    public string Optional(string column) => _columns.TryGetValue(column, out var i) ? Clean(_cells[i]).Text.Trim() : string.Empty;

    /// <summary>R writes <c>NA</c> for an empty cell of the API metadata.</summary>
    private DictionaryCell Clean(DictionaryCell cell) =>
        _naIsEmpty && cell.Text == "NA" ? new DictionaryCell(string.Empty, cell.Start, cell.Length) : cell;
}
