using System.Globalization;
using SmnpcRepro.Cohort.Runtime;
using SmnpcRepro.Generators.Interpreter;

namespace SmnpcRepro.Cli.Validation;

/// <summary>The <see cref="FieldDescription"/>s the generated <c>&lt;Prefix&gt;Fields.All</c> would hold, built from the generator's reading of the dictionary.</summary>
public static class RuntimeFields
{
    /// <summary>One description per field, in dictionary order.</summary>
    public static IReadOnlyList<FieldDescription> Of(DictionaryDescription dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return dictionary.Fields.Select(Of).ToList();
    }

    private static FieldDescription Of(FieldSpec f)
    {
        var kind = Enum.Parse<FieldKind>(f.Kind);
        var date = kind == FieldKind.Date;
        return new FieldDescription(
            f.Name,
            f.PropertyName,
            f.Label,
            f.Unit,
            kind,
            f.FormName,
            f.Required,
            date ? null : Number(f.Min),
            date ? null : Number(f.Max),
            f.Choices.Select(c => new FieldLevel(c.Code, c.Label) { ExportCode = c.ExportCode }).ToList(),
            f.Annotation)
        {
            FieldType = f.FieldType,
            Validation = f.Validation,
            MinDate = date ? Date(f.Min) : null,
            MaxDate = date ? Date(f.Max) : null,
        };
    }

    private static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
