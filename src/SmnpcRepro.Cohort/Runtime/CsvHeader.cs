namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Matches a data file's header to the dictionary's fields. A column is a field by its variable name
/// (REDCap's raw headers) or by its label (REDCap's label headers; a label several fields share is
/// resolved by position: its n-th column is the n-th such field in dictionary order). A checkbox choice is
/// the column <c>name___code</c> or <c>Label (choice=Choice label)</c>. REDCap's own columns
/// (<c>redcap_*</c>, <c>&lt;form&gt;_complete</c>, <c>&lt;form&gt;_timestamp</c> and their label-header forms,
/// which a label export repeats once per instrument) are skipped, except the event and repeat columns,
/// which a keyed (non-strict) reader keeps. Anything else is an error. A field without a column is an error
/// for a strict reader, and read as missing otherwise (a field-subset or de-identified export).
/// </summary>
internal static class CsvHeader
{
    private static readonly HashSet<string> RedcapLabelHeaders = new(StringComparer.Ordinal)
    {
        "Complete?", "Event Name", "Repeat Instrument", "Repeat Instance", "Data Access Group",
        "Survey Identifier", "Survey Timestamp",
    };

    /// <summary>Returns where each field is, adding every header error to <paramref name="errors"/>.</summary>
    public static HeaderMap Map(string[] header, IReadOnlyList<FieldDescription> fields, string file, List<DataError> errors, bool strict)
    {
        var map = new HeaderMap(fields);
        if (header.Length == 0)
        {
            errors.Add(new DataError(file, 1, 0, string.Empty, string.Empty, "the file is empty; it needs a header line naming the dictionary's fields"));
            return map;
        }

        var byName = new Dictionary<string, (int Field, int Choice)>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, List<(int Field, int Choice)>>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            var d = fields[f];
            forms.Add(d.FormName);
            if (d.Kind == FieldKind.Checkbox)
            {
                for (var i = 0; i < d.Levels.Count; i++)
                {
                    byName.TryAdd(d.Name + "___" + CheckboxSuffix(d.Levels[i].ExportCode), (f, i));
                    Add(byLabel, $"{d.Label} (choice={d.Levels[i].Label})", (f, i));
                }
            }
            else
            {
                byName[d.Name] = (f, -1);
                Add(byLabel, d.Label, (f, -1));
            }
        }

        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var labelUses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            var name = header[c];
            if (!strict && SystemColumn(map, name, c))
            {
                continue;
            }

            var repeat = !firstColumn.TryAdd(name, c);
            if (byName.TryGetValue(name, out var target))
            {
                if (repeat)
                {
                    errors.Add(new DataError(file, 1, c + 1, name, name, $"the column appears twice in the header (first at column {firstColumn[name] + 1})"));
                    continue;
                }
            }
            else if (byLabel.TryGetValue(name, out var sharing))
            {
                var use = labelUses.GetValueOrDefault(name);
                labelUses[name] = use + 1;
                if (use >= sharing.Count)
                {
                    errors.Add(new DataError(file, 1, c + 1, name, name, repeat
                        ? $"the column appears twice in the header (first at column {firstColumn[name] + 1})"
                        : "the column is not a field of the data dictionary (add it to the dictionary or remove it)"));
                    continue;
                }

                target = sharing[use];
            }
            else
            {
                if (IsRedcapColumn(name, forms))
                {
                    continue;
                }

                errors.Add(new DataError(file, 1, c + 1, name, name, repeat
                    ? $"the column appears twice in the header (first at column {firstColumn[name] + 1})"
                    : "the column is not a field of the data dictionary (add it to the dictionary or remove it)"));
                continue;
            }

            var (field, choice) = target;
            var existing = choice < 0 ? map.Columns[field] : map.Boxes[field][choice];
            if (existing >= 0)
            {
                errors.Add(new DataError(file, 1, c + 1, fields[field].Name, name,
                    $"the column is field '{fields[field].Name}' again (first at column {existing + 1}, by name or by label)"));
            }
            else if (choice < 0)
            {
                map.Columns[field] = c;
            }
            else
            {
                map.Boxes[field][choice] = c;
            }
        }

        if (strict)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                // An optional field may be absent (an export made before the field was added, or a subset): its
                // values are missing, and counted as such; a required field must be there.
                var present = fields[f].Kind == FieldKind.Checkbox ? map.Boxes[f].Any(b => b >= 0) : map.Columns[f] >= 0;
                if (!present && fields[f].Required)
                {
                    var expected = string.Join(",", fields.Select(x => x.Name));
                    errors.Add(new DataError(file, 1, 0, fields[f].Name, string.Empty,
                        $"the header has no column '{fields[f].Name}' (or its label '{fields[f].Label}'), a required field of the data dictionary; expected header: {expected}"));
                }
            }
        }

        return map;
    }

    /// <summary>REDCap's column suffix for a checkbox code: lower case, anything but letters and digits as '_'.</summary>
    public static string CheckboxSuffix(string code)
    {
        var chars = code.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    private static void Add(Dictionary<string, List<(int, int)>> byLabel, string label, (int, int) target)
    {
        if (!byLabel.TryGetValue(label, out var list))
        {
            byLabel[label] = list = [];
        }

        list.Add(target);
    }

    /// <summary>The event and repeat columns a keyed reader keeps (raw or label header); true when <paramref name="name"/> is one.</summary>
    private static bool SystemColumn(HeaderMap map, string name, int column)
    {
        switch (name)
        {
            case "redcap_event_name" or "Event Name" when map.Event < 0:
                map.Event = column;
                return true;
            case "redcap_repeat_instrument" or "Repeat Instrument" when map.RepeatInstrument < 0:
                map.RepeatInstrument = column;
                return true;
            case "redcap_repeat_instance" or "Repeat Instance" when map.RepeatInstance < 0:
                map.RepeatInstance = column;
                return true;
            default:
                return false;
        }
    }

    private static bool IsRedcapColumn(string name, HashSet<string> forms)
    {
        if (name.StartsWith("redcap_", StringComparison.Ordinal) || RedcapLabelHeaders.Contains(name))
        {
            return true;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["_complete", "_timestamp"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && forms.Contains(name[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Where the dictionary's fields are in a data file: a column per field (-1 when absent), a column per checkbox choice, and REDCap's event and repeat columns.</summary>
internal sealed class HeaderMap
{
    public HeaderMap(IReadOnlyList<FieldDescription> fields)
    {
        Columns = new int[fields.Count];
        Array.Fill(Columns, -1);
        Boxes = new int[fields.Count][];
        for (var f = 0; f < fields.Count; f++)
        {
            Boxes[f] = new int[fields[f].Kind == FieldKind.Checkbox ? fields[f].Levels.Count : 0];
            Array.Fill(Boxes[f], -1);
        }
    }

    public int[] Columns { get; }

    public int[][] Boxes { get; }

    public int Event { get; set; } = -1;

    public int RepeatInstrument { get; set; } = -1;

    public int RepeatInstance { get; set; } = -1;
}
