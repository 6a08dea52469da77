using System;
using System.Collections.Generic;
using System.Linq;

namespace SmnpcRepro.Generators;

/// <summary>The columns of a REDCap data dictionary export the generator reads, and their positions in a header.</summary>
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

    /// <summary>Maps each column name to its index, or reports every needed column that is missing and returns null.</summary>
    public static Dictionary<string, int>? Map(List<DictionaryCell> header, DictionarySource source)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text.Trim();
            if (!columns.ContainsKey(name))
            {
                columns.Add(name, i);
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

    public DictionaryRow(List<DictionaryCell> cells, Dictionary<string, int> columns)
    {
        _cells = cells;
        _columns = columns;
    }

    public DictionaryCell this[string column] => _cells[_columns[column]];

    /// <summary>The trimmed text of an optional column, or empty when the dictionary has no such column.</summary>
    public string Optional(string column) => _columns.TryGetValue(column, out var i) ? _cells[i].Text.Trim() : string.Empty;
}
