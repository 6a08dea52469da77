using Microsoft.VisualBasic.FileIO;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// What an export holds, counted from the file itself by a different CSV parser (the framework's
/// <see cref="TextFieldParser"/>), so the reader's counts are checked against an independent reading:
/// data rows, distinct record ids (first column), distinct events, rows of a repeating instrument.
/// </summary>
internal sealed record ExportFacts(int Rows, int Records, int Events, int RepeatRows)
{
    public static ExportFacts Of(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        if (parser.EndOfData)
        {
            return new ExportFacts(0, 0, 0, 0);
        }

        var header = parser.ReadFields()!;
        var eventColumn = Array.IndexOf(header, "redcap_event_name");
        var instanceColumn = Array.IndexOf(header, "redcap_repeat_instance");
        var rows = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        var repeats = 0;
        while (!parser.EndOfData)
        {
            var cells = parser.ReadFields();
            if (cells is null || cells.All(c => c.Length == 0))
            {
                continue;
            }

            rows++;
            ids.Add(cells[0]);
            if (eventColumn >= 0 && cells[eventColumn].Length > 0)
            {
                events.Add(cells[eventColumn]);
            }

            repeats += instanceColumn >= 0 && cells[instanceColumn].Length > 0 ? 1 : 0;
        }

        return new ExportFacts(rows, ids.Count, events.Count, repeats);
    }
}
