using System.Collections.Generic;

namespace SmnpcRepro.Generators.Interpreter;

/// <summary>
/// A data dictionary as the generator reads it, in plain public data, for tools that check an export
/// without compiling (<c>smnpc data validate</c>): the fields it would generate and every diagnostic it
/// would report. <see cref="HasErrors"/> means the generator would generate nothing.
/// </summary>
public sealed record DictionaryDescription(string TypePrefix, IReadOnlyList<FieldSpec> Fields, IReadOnlyList<string> Diagnostics, bool HasErrors);

/// <summary>One field as the generated <c>&lt;Prefix&gt;Fields</c> class describes it (kind is a runtime <c>FieldKind</c> name; bounds in invariant text).</summary>
public sealed record FieldSpec(
    string Name,
    string PropertyName,
    string Label,
    string Unit,
    string Kind,
    string FormName,
    bool Required,
    string Min,
    string Max,
    string FieldType,
    string Validation,
    string Annotation,
    IReadOnlyList<ChoiceSpec> Choices);

/// <summary>One choice: the enum value, the label and the code as REDCap exports it.</summary>
public sealed record ChoiceSpec(int Code, string Label, string ExportCode);
