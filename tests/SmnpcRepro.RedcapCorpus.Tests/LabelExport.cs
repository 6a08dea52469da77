using Microsoft.VisualBasic.FileIO;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// Turns a raw export of the corpus into what REDCap's label export of the same records looks like,
/// using only the project's dictionary: field labels as headers (a label several fields share appears
/// several times), <c>Label (choice=Choice)</c> for checkbox columns, <c>Event Name</c> and one
/// <c>Complete?</c> per instrument; choice labels for codes, Yes/No, Checked/Unchecked.
/// </summary>
internal static class LabelExport
{
    public static string From(string rawPath, IReadOnlyList<FieldDescription> fields)
    {
        var byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        using var parser = new TextFieldParser(rawPath, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var columns = header.Select(h => Column(h, byName)).ToArray();
        var sb = new System.Text.StringBuilder();
        sb.AppendJoin(',', columns.Select(c => CsvCell.Quote(c.Header))).Append('\n');
        while (!parser.EndOfData)
        {
            var cells = parser.ReadFields()!;
            sb.AppendJoin(',', cells.Select((v, i) => CsvCell.Quote(columns[i].Value(v)))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The event as a label export shows it: <c>enrollment_arm_1</c> → <c>enrollment (Arm 1: Arm 1)</c> (REDCap writes the event's label and the arm's name).</summary>
    private static string EventLabel(string uniqueName)
    {
        var at = uniqueName.LastIndexOf("_arm_", StringComparison.Ordinal);
        return at < 0 ? uniqueName : $"{uniqueName[..at]} (Arm {uniqueName[(at + 5)..]}: Arm {uniqueName[(at + 5)..]})";
    }

    private static (string Header, Func<string, string> Value) Column(string name, Dictionary<string, FieldDescription> fields)
    {
        if (name == "redcap_event_name")
        {
            return ("Event Name", EventLabel);
        }

        if (name.EndsWith("_complete", StringComparison.Ordinal))
        {
            return ("Complete?", v => v switch { "2" => "Complete", "1" => "Unverified", "0" => "Incomplete", _ => v });
        }

        var box = name.IndexOf("___", StringComparison.Ordinal);
        if (box > 0 && fields.TryGetValue(name[..box], out var checkbox) && checkbox.Kind == FieldKind.Checkbox)
        {
            var level = checkbox.Levels.First(l => l.ExportCode.Equals(name[(box + 3)..], StringComparison.OrdinalIgnoreCase));
            return ($"{checkbox.Label} (choice={level.Label})", v => v switch { "1" => "Checked", "0" => "Unchecked", _ => v });
        }

        var field = fields[name];
        return (field.Label, v => field.Levels.FirstOrDefault(l => l.ExportCode == v)?.Label ?? v);
    }
}
