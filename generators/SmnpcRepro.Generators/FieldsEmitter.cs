using System.Globalization;
using System.Linq;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators;

/// <summary>
/// Writes <c>&lt;Name&gt;Fields</c>: one <c>FieldDescription</c> per field (name, label, unit, kind,
/// levels, bounds) and <c>All</c> in column order, for tables, the manuscript and the reader.
/// </summary>
internal static class FieldsEmitter
{
    private const string Runtime = SourceEmitter.Runtime;

    public static void Emit(CodeWriter w, DictionaryModel model)
    {
        w.Line("/// <summary>What the data dictionary says about each field of <see cref=\"" + model.RecordName + "\"/>.</summary>");
        w.Line("public static class " + model.FieldsName);
        w.Open();
        foreach (var f in model.Fields)
        {
            var date = f.Kind == FieldKinds.Date;
            w.Line("/// <summary>" + Naming.Xml(f.Label) + (f.Unit.Length > 0 ? " (" + Naming.Xml(f.Unit) + ")" : string.Empty) + ".</summary>");
            w.Line("public static readonly " + Runtime + ".FieldDescription " + f.PropertyName + " = new(");
            w.Indent();
            w.Line(Naming.Literal(f.Name) + ",");
            w.Line(Naming.Literal(f.PropertyName) + ",");
            w.Line(Naming.Literal(f.Label) + ",");
            w.Line(Naming.Literal(f.Unit) + ",");
            w.Line(Runtime + ".FieldKind." + f.Kind + ",");
            w.Line(Naming.Literal(f.FormName) + ",");
            w.Line((f.Required ? "true" : "false") + ",");
            w.Line((date ? "null" : Number(f.Min)) + ",");
            w.Line((date ? "null" : Number(f.Max)) + ",");
            w.Line(Levels(f) + ",");
            w.Line(Naming.Literal(f.Annotation) + ")");
            w.Outdent();
            w.Open();
            w.Line("FieldType = " + Naming.Literal(f.FieldType) + ",");
            w.Line("Validation = " + Naming.Literal(f.Validation) + ",");
            if (date && f.Min.Length > 0)
            {
                w.Line("MinDate = " + Date(f.Min) + ",");
            }

            if (date && f.Max.Length > 0)
            {
                w.Line("MaxDate = " + Date(f.Max) + ",");
            }

            w.Outdent();
            w.Line("};");
            w.Line();
        }

        w.Line("/// <summary>Every field, in dictionary order (which is also the CSV column order).</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + ".FieldDescription> All { get; } = new[]");
        w.Open();
        foreach (var f in model.Fields)
        {
            w.Line(f.PropertyName + ",");
        }

        w.Outdent();
        w.Line("};");
        w.Close();
        w.Line();
    }

    private static string Levels(FieldModel f) => f.Choices.Count == 0
        ? "global::System.Array.Empty<" + Runtime + ".FieldLevel>()"
        : "new " + Runtime + ".FieldLevel[] { " + string.Join(", ", f.Choices.Select(c =>
            "new(" + c.Code.ToString(CultureInfo.InvariantCulture) + ", " + Naming.Literal(c.Label) + ")"
            + (c.ExportCode != c.Code.ToString(CultureInfo.InvariantCulture) ? " { ExportCode = " + Naming.Literal(c.ExportCode) + " }" : string.Empty))) + " }";

    private static string Number(string text) => text.Length == 0
        ? "null"
        : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string Date(string text)
    {
        var parts = text.Split('-');
        return "new global::System.DateOnly(" + int.Parse(parts[0], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
            + int.Parse(parts[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
            + int.Parse(parts[2], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
