using System.Globalization;
using System.Linq;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Writes <c>&lt;Name&gt;Csv</c>: the header, a reader that checks every rule of the dictionary through
/// the runtime's <c>CsvRecordReader</c> (all records or every error), and the canonical writer.
/// </summary>
internal static class CsvEmitter
{
    private const string Runtime = SourceEmitter.Runtime;

    public static void Emit(CodeWriter w, DictionaryModel model, TypeNames names)
    {
        var record = names.Of(model.RecordName);
        var dataSet = Runtime + ".CohortDataSet<" + record + ">";
        var sequence = "global::System.Collections.Generic.IEnumerable<" + record + ">";
        w.Line("/// <summary>Reads and writes the CSV data of <see cref=\"" + model.RecordName + "\"/> (REDCap raw or label export).</summary>");
        w.Line("public static class " + model.CsvName);
        w.Open();
        w.Line("/// <summary>The header line the writer writes; the reader reads the columns in any order, by name or label.</summary>");
        w.Line("public const string Header = " + Naming.Literal(string.Join(",", model.Fields.SelectMany(Columns))) + ";");
        w.Line();
        var fields = names.Of(model.FieldsName) + ".All";
        var strictDoc = "<paramref name=\"strict\"/>: REDCap's soft checks (required, min/max) are errors and REDCap's event and repeat columns are skipped; otherwise they are warnings (the data set's <c>Warnings</c>) and rows are keyed by event and instance"
            + (model.Fields.Any(f => !TypeNames.IsNullable(f, model.Strict)) ? ", but a required field still needs its value, which the record holds non-null" : string.Empty) + ".";
        w.Line("/// <summary>Reads the UTF-8 file at <paramref name=\"path\"/> (" + StrictWord(model) + "); throws <see cref=\"" + Runtime + ".CohortDataException\"/> with every error found.</summary>");
        w.Line("public static " + dataSet + " Read(string path) =>");
        w.Line("    Read(path, " + Strict(model) + ");");
        w.Line();
        w.Line("/// <summary>Reads the UTF-8 file at <paramref name=\"path\"/>; " + strictDoc + "</summary>");
        w.Line("public static " + dataSet + " Read(string path, bool strict) =>");
        w.Line("    ParseUtf8(" + Runtime + ".CsvFile.ReadAllBytes(path), path, strict);");
        w.Line();
        w.Line("/// <summary>Reads CSV text (" + StrictWord(model) + "); <paramref name=\"file\"/> names it in errors. All records or every error, never a partial set.</summary>");
        w.Line("public static " + dataSet + " Parse(string text, string file) =>");
        w.Line("    Parse(text, file, " + Strict(model) + ");");
        w.Line();
        w.Line("/// <summary>Reads CSV text; <paramref name=\"file\"/> names it in errors; " + strictDoc + "</summary>");
        w.Line("public static " + dataSet + " Parse(string text, string file, bool strict) =>");
        w.Line("    ReadRows(" + Runtime + ".CsvRecordReader.ForText(text, file, " + fields + ", strict), " + Runtime + ".FieldChecks.For(text, file, " + fields + ", strict));");
        w.Line();
        w.Line("/// <summary>Reads CSV as UTF-8 bytes (no decoding to text first; " + StrictWord(model) + "); <paramref name=\"file\"/> names it in errors.</summary>");
        w.Line("public static " + dataSet + " ParseUtf8(global::System.ReadOnlyMemory<byte> utf8, string file) =>");
        w.Line("    ParseUtf8(utf8, file, " + Strict(model) + ");");
        w.Line();
        w.Line("/// <summary>Reads CSV as UTF-8 bytes; <paramref name=\"file\"/> names it in errors; " + strictDoc + "</summary>");
        w.Line("public static " + dataSet + " ParseUtf8(global::System.ReadOnlyMemory<byte> utf8, string file, bool strict) =>");
        w.Line("    ReadRows(" + Runtime + ".CsvRecordReader.ForUtf8(utf8, file, " + fields + ", strict), " + Runtime + ".FieldChecks.For(utf8, file, " + fields + ", strict));");
        w.Line();
        EmitParse(w, model, names, record, dataSet);
        w.Line();
        EmitWrite(w, model, sequence);
        w.Close();
    }

    private static void EmitParse(CodeWriter w, DictionaryModel model, TypeNames names, string record, string dataSet)
    {
        w.Line("private static " + dataSet + " ReadRows<TChar>(" + Runtime + ".CsvRecordReader<TChar> reader, " + Runtime + ".FieldChecks<TChar> checks)");
        w.Line("    where TChar : unmanaged, global::System.Numerics.IBinaryInteger<TChar>");
        w.Open();
        w.Line("var records = new global::System.Collections.Generic.List<" + record + ">(reader.EstimatedRowCount);");
        w.Line("while (reader.NextRow())");
        w.Open();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var f = model.Fields[i];
            w.Line("var " + Local(i) + " = reader." + ReaderMethod(f) + "(" + Index(i) + ");");
            if (f.Kind == FieldKinds.Text && f.Validation.Length > 0)
            {
                w.Line("checks.Text(" + Index(i) + ", " + Local(i) + ", reader.Line);");
            }

            if (!TypeNames.IsNullable(f, model.Strict))
            {
                w.Line("if (" + Local(i) + " is null) checks.Required(" + Index(i) + ", reader.Line);");
            }
        }

        w.Line("if (reader.ErrorCount == 0)");
        w.Open();
        w.Line("records.Add(new " + record + "(");
        w.Indent();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var f = model.Fields[i];
            w.Line(Argument(f, Local(i), names, model.Strict) + (i < model.Fields.Count - 1 ? "," : ")"));
        }

        w.Line("{");
        w.Line("    RedcapEventName = reader.EventName,");
        w.Line("    RedcapArm = reader.Arm,");
        w.Line("    RedcapRepeatInstrument = reader.RepeatInstrument,");
        w.Line("    RedcapRepeatInstance = reader.RepeatInstance,");
        w.Line("});");

        w.Outdent();
        w.Close();
        w.Close();
        w.Line();
        w.Line("return checks.Finish(reader, records);");
        w.Close();
    }

    private static void EmitWrite(CodeWriter w, DictionaryModel model, string sequence)
    {
        w.Line("/// <summary>Writes records as CSV in the canonical form, which the reader reads back to equal records (with REDCap's event and repeat columns when records carry them).</summary>");
        w.Line("public static string Write(" + sequence + " records)");
        w.Open();
        w.Line("var writer = new global::System.IO.StringWriter(global::System.Globalization.CultureInfo.InvariantCulture);");
        w.Line("Write(records, writer);");
        w.Line("return writer.ToString();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Writes records as canonical CSV to <paramref name=\"writer\"/>.</summary>");
        w.Line("public static void Write(" + sequence + " records, global::System.IO.TextWriter writer)");
        w.Open();
        w.Line("global::System.ArgumentNullException.ThrowIfNull(records);");
        w.Line("var rows = global::System.Linq.Enumerable.ToList(records);");
        w.Line("var csv = new " + Runtime + ".CsvRecordWriter(writer);");
        w.Line("csv.Header(Header, " + Runtime + ".RedcapColumnsOf.Rows(rows));");
        w.Line("foreach (var r in rows)");
        w.Open();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var f = model.Fields[i];
            if (i == 1)
            {
                w.Line("csv.Redcap(r);");
            }

            var value = "r." + f.PropertyName;
            if (f.IsCheckbox)
            {
                w.Line("csv.Checkbox((long?)" + value + ", " + f.Choices.Count.ToString(CultureInfo.InvariantCulture) + ");");
                continue;
            }

            if (f.IsCategorical)
            {
                value = "(int?)" + value;
            }

            var levels = f.IsCategorical && f.TextCodes ? ", " + model.FieldsName + "." + f.PropertyName : string.Empty;
            var places = f.Kind == FieldKinds.Number ? Validations.DecimalPlaces(f.Validation) : 0;
            var decimals = places > 0 ? ", decimalPlaces: " + places.ToString(CultureInfo.InvariantCulture) : string.Empty;
            w.Line("csv." + WriterMethod(f) + "(" + value + levels + decimals + ");");
        }

        if (model.Fields.Count == 1)
        {
            w.Line("csv.Redcap(r);");
        }

        w.Line("csv.EndRow();");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>Writes records as canonical CSV (UTF-8 without BOM) to the file at <paramref name=\"path\"/>.</summary>");
        w.Line("public static void WriteFile(string path, " + sequence + " records)");
        w.Open();
        w.Line("using var writer = new global::System.IO.StreamWriter(path, false, new global::System.Text.UTF8Encoding(false));");
        w.Line("Write(records, writer);");
        w.Close();
    }

    private static string Argument(FieldModel f, string local, TypeNames names, bool strict)
    {
        var nullable = TypeNames.IsNullable(f, strict);
        if (f.HasEnum)
        {
            return nullable
                ? "(" + names.TypeOf(f, strict) + ")" + local
                : "(" + names.NonNullableTypeOf(f) + ")" + local + ".GetValueOrDefault()";
        }

        if (nullable)
        {
            return local;
        }

        return f.Kind == FieldKinds.Text ? local + "!" : local + ".GetValueOrDefault()";
    }

    private static string ReaderMethod(FieldModel f) => f.Kind switch
    {
        FieldKinds.Integer => "Integer",
        FieldKinds.Number => "Number",
        FieldKinds.Date => "Date",
        FieldKinds.Categorical => "Choice",
        FieldKinds.Boolean => "Boolean",
        FieldKinds.DateTime => "DateTime",
        FieldKinds.Time => "Time",
        FieldKinds.Checkbox => "Checkbox",
        _ => "Text",
    };

    private static string Strict(DictionaryModel model) => model.Strict ? "strict: true" : "strict: false";

    private static string StrictWord(DictionaryModel model) => model.Strict ? "strictly, as the project's SmnpcStrict asks" : "as REDCap checks it: soft checks are warnings";

    /// <summary>The CSV columns of a field: its name, or one <c>name___code</c> column per checkbox choice (REDCap's raw export).</summary>
    private static System.Collections.Generic.IEnumerable<string> Columns(FieldModel f) => f.IsCheckbox
        ? f.Choices.Select(c => f.Name + "___" + CheckboxSuffix(c.ExportCode))
        : new[] { f.Name };

    /// <summary>REDCap's column suffix for a checkbox code: lower case, anything but letters and digits as '_'.</summary>
    private static string CheckboxSuffix(string code)
    {
        var chars = code.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    private static string WriterMethod(FieldModel f) => f.Kind switch
    {
        FieldKinds.Categorical => "Choice",
        _ => ReaderMethod(f),
    };

    private static string Local(int i) => "v" + Index(i);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
