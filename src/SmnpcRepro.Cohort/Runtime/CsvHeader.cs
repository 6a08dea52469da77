namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Matches a data file's header to the dictionary's fields. A column is a field by its variable name
/// (REDCap's raw headers) or by its label (REDCap's label headers, when that label is unique); columns in
/// any order are read. REDCap's own columns (<c>redcap_*</c>, <c>&lt;form&gt;_complete</c>,
/// <c>&lt;form&gt;_timestamp</c> and their label-header forms) are skipped. Anything else is an error.
/// </summary>
internal static class CsvHeader
{
    private static readonly HashSet<string> RedcapLabelHeaders = new(StringComparer.Ordinal)
    {
        "Complete?", "Event Name", "Repeat Instrument", "Repeat Instance", "Data Access Group",
        "Survey Identifier", "Survey Timestamp",
    };

    /// <summary>Returns the column of each field (-1 when absent), adding every header error to <paramref name="errors"/>.</summary>
    public static int[] Map(string[] header, IReadOnlyList<FieldDescription> fields, string file, List<DataError> errors)
    {
        var map = new int[fields.Count];
        Array.Fill(map, -1);
        if (header.Length == 0)
        {
            errors.Add(new DataError(file, 1, 0, string.Empty, string.Empty, "the file is empty; it needs a header line naming the dictionary's fields"));
            return map;
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            byName[fields[f].Name] = f;
            forms.Add(fields[f].FormName);
            if (!byLabel.TryAdd(fields[f].Label, f))
            {
                byLabel[fields[f].Label] = -1; // ambiguous: not usable as a header
            }
        }

        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            var name = header[c];
            if (!firstColumn.TryAdd(name, c))
            {
                errors.Add(new DataError(file, 1, c + 1, name, name, $"the column appears twice in the header (first at column {firstColumn[name] + 1})"));
                continue;
            }

            if (byName.TryGetValue(name, out var field) || (byLabel.TryGetValue(name, out field) && field >= 0))
            {
                if (map[field] >= 0)
                {
                    errors.Add(new DataError(file, 1, c + 1, fields[field].Name, name,
                        $"the column is field '{fields[field].Name}' again (first at column {map[field] + 1}, by name or by label)"));
                }
                else
                {
                    map[field] = c;
                }
            }
            else if (!IsRedcapColumn(name, forms))
            {
                errors.Add(new DataError(file, 1, c + 1, name, name, "the column is not a field of the data dictionary (add it to the dictionary or remove it)"));
            }
        }

        for (var f = 0; f < fields.Count; f++)
        {
            if (map[f] < 0)
            {
                var expected = string.Join(",", fields.Select(x => x.Name));
                errors.Add(new DataError(file, 1, 0, fields[f].Name, string.Empty,
                    $"the header has no column '{fields[f].Name}' (or its label '{fields[f].Label}'), which the data dictionary requires; expected header: {expected}"));
            }
        }

        return map;
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
