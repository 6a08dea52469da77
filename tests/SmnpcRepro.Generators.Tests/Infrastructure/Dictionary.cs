using System.Text;

namespace SmnpcRepro.Generators.Tests.Infrastructure;

/// <summary>Builds REDCap data dictionary text row by row, quoting cells as REDCap's export does.</summary>
internal sealed class Dictionary
{
    public const string Header =
        "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\",\"Identifier?\",\"Branching Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"";

    private readonly StringBuilder _text = new(Header + "\n");

    public static Dictionary Create() => new();

    public Dictionary Field(
        string name,
        string type,
        string label,
        string choices = "",
        string note = "",
        string validation = "",
        string min = "",
        string max = "",
        bool required = false,
        string form = "main",
        string annotation = "")
    {
        string[] cells = [name, form, "", type, label, choices, note, validation, min, max, "", "", required ? "y" : "", "", "", "", "", annotation];
        _text.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        return this;
    }

    public Dictionary Raw(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r', ' ', '|']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
