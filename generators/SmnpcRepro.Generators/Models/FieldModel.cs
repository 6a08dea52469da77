namespace SmnpcRepro.Generators.Models;

/// <summary>
/// One row of a REDCap data dictionary, parsed: strings and numbers only, so the pipeline can compare
/// it by value.
/// </summary>
/// <param name="Name">The REDCap variable name, also the CSV column.</param>
/// <param name="PropertyName">The C# property name (<c>kps_preop</c> → <c>KpsPreop</c>).</param>
/// <param name="Kind">One of the runtime <c>FieldKind</c> member names.</param>
/// <param name="FieldType">The REDCap field type as written (radio, text, …).</param>
/// <param name="Min">Validation minimum in invariant text, or empty.</param>
/// <param name="Max">Validation maximum in invariant text, or empty.</param>
internal sealed record FieldModel(
    string Name,
    string PropertyName,
    string Kind,
    string FieldType,
    string FormName,
    string Label,
    string Unit,
    string Min,
    string Max,
    bool Required,
    string Annotation,
    EquatableArray<ChoiceModel> Choices);
