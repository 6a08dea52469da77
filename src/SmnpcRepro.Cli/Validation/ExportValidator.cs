using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Generators.Interpreter;

namespace SmnpcRepro.Cli.Validation;

/// <summary>
/// Checks a REDCap export against a data dictionary without compiling anything: the dictionary is read by
/// the generator's own parser, and the export by the runtime reader every generated <c>&lt;Prefix&gt;Csv</c>
/// uses, one typed read per field and REDCap's string validations (<see cref="FieldChecks{T}"/>) as the
/// generated code does. So the answer is what the generated reader would say.
/// </summary>
public static class ExportValidator
{
    /// <summary>Validates <paramref name="dataPath"/> against <paramref name="dictionaryPath"/>; <paramref name="strict"/> applies the study's rules (SmnpcStrict).</summary>
    public static ValidationReport Validate(string dictionaryPath, string dataPath, bool strict)
    {
        var dictionary = DictionaryInterpreter.Describe(dictionaryPath, File.ReadAllText(dictionaryPath));
        var empty = new ValidationReport(dictionaryPath, dataPath, strict, false, dictionary.Fields.Count, 0, 0, 0, 0, dictionary.Diagnostics, [], [], []);
        if (dictionary.HasErrors)
        {
            return empty;
        }

        var fields = RuntimeFields.Of(dictionary);
        var bytes = CsvFile.ReadAllBytes(dataPath);
        var reader = CsvRecordReader.ForUtf8(bytes, dataPath, fields, strict);
        var checks = FieldChecks.For<byte>(bytes, dataPath, fields, strict);
        var rows = new List<(string Id, string? Event, int? Instance)>(reader.EstimatedRowCount);
        while (reader.NextRow())
        {
            var id = string.Empty;
            for (var f = 0; f < fields.Count; f++)
            {
                var value = Read(reader, fields[f].Kind, f);
                if (value is string text)
                {
                    checks.Text(f, text, reader.Line);
                }

                if (f == 0)
                {
                    id = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                }
            }

            rows.Add((id, reader.EventName, reader.RepeatInstance));
        }

        try
        {
            var set = checks.Finish(reader, rows);
            return empty with
            {
                Reads = true,
                Rows = set.Count,
                Records = rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count(),
                Events = rows.Select(r => r.Event).Where(e => e is not null).Distinct(StringComparer.Ordinal).Count(),
                RepeatInstances = rows.Count(r => r.Instance is not null),
                Warnings = set.Warnings,
                Missing = set.Missing.Where(m => m.Count > 0).ToList(),
            };
        }
        catch (CohortDataException e)
        {
            return empty with { Errors = e.Errors };
        }
    }

    /// <summary>The typed read the generated reader makes for a field of <paramref name="kind"/>.</summary>
    private static object? Read(CsvRecordReader<byte> reader, FieldKind kind, int field) => kind switch
    {
        FieldKind.Integer => reader.Integer(field),
        FieldKind.Number => reader.Number(field),
        FieldKind.Date => reader.Date(field),
        FieldKind.DateTime => reader.DateTime(field),
        FieldKind.Time => reader.Time(field),
        FieldKind.Categorical => reader.Choice(field),
        FieldKind.Boolean => reader.Boolean(field),
        FieldKind.Checkbox => reader.Checkbox(field),
        _ => reader.Text(field),
    };
}
