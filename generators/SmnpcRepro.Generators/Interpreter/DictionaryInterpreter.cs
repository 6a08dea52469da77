using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmnpcRepro.Generators.Models;

namespace SmnpcRepro.Generators.Interpreter;

/// <summary>
/// Reads one dictionary with the generator's own parser (<see cref="DictionaryParser"/>), so a tool that
/// interprets an export at run time applies exactly the rules the generated reader would. Diagnostics are
/// printed as the compiler prints them: <c>file(line,column): error SMNPC0xx: message</c>.
/// </summary>
public static class DictionaryInterpreter
{
    /// <summary>Describes the dictionary at <paramref name="path"/> holding <paramref name="text"/>; the type prefix comes from the file name, or is "Dictionary" when it gives none.</summary>
    public static DictionaryDescription Describe(string path, string text)
    {
        var name = DictionaryParser.BaseName(System.IO.Path.GetFileName(path)) ?? "Dictionary";
        var result = DictionaryParser.Parse(path, SourceText.From(text), new DictionaryOptions(name, string.Empty, false), CancellationToken.None);
        var formatter = new DiagnosticFormatter();
        var diagnostics = result.Diagnostics.Select(d => formatter.Format(d.ToDiagnostic(), CultureInfo.InvariantCulture)).ToList();
        var fields = result.Model?.Fields.Select(Spec).ToList() ?? new System.Collections.Generic.List<FieldSpec>();
        return new DictionaryDescription(name, fields, diagnostics, result.Model is null);
    }

    private static FieldSpec Spec(FieldModel f) => new(
        f.Name,
        f.PropertyName,
        f.Label,
        f.Unit,
        f.Kind,
        f.FormName,
        f.Required,
        f.Min,
        f.Max,
        f.FieldType,
        f.Validation,
        f.Annotation,
        f.Choices.Select(c => new ChoiceSpec(c.Code, c.Label, c.ExportCode)).ToList());
}
