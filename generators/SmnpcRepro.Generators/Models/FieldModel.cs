using System.Globalization;
using System.Linq;

namespace SmnpcRepro.Generators.Models;

/// <summary>
/// One row of a REDCap data dictionary, parsed: strings and numbers only, so the pipeline can compare
/// it by value.
/// </summary>
/// <param name="Name">The REDCap variable name, also the CSV column.</param>
/// <param name="PropertyName">The C# property name (<c>kps_preop</c> → <c>KpsPreop</c>); also the enum's name for a categorical field.</param>
/// <param name="Kind">One of the runtime <c>FieldKind</c> member names.</param>
/// <param name="FieldType">The REDCap field type, lower case (radio, text, …).</param>
/// <param name="Validation">The text validation, lower case (integer, date_ymd, …), or empty.</param>
/// <param name="Min">Validation minimum in invariant text (a number, or yyyy-MM-dd for dates), or empty.</param>
/// <param name="Max">Validation maximum in invariant text, or empty.</param>
/// <param name="NameSite">Where the variable name is in the dictionary, for diagnostics found after parsing.</param>
internal sealed record FieldModel(
    string Name,
    string PropertyName,
    string Kind,
    string FieldType,
    string Validation,
    string FormName,
    string Label,
    string Unit,
    string Min,
    string Max,
    bool Required,
    string Annotation,
    EquatableArray<ChoiceModel> Choices,
    DiagnosticSite NameSite)
{
    public bool IsCategorical => Kind == FieldKinds.Categorical;

    public bool IsCheckbox => Kind == FieldKinds.Checkbox;

    /// <summary>Whether the field generates an enum: radio and dropdown (one value), checkbox (a flags set).</summary>
    public bool HasEnum => IsCategorical || IsCheckbox;

    /// <summary>Whether some choice code is not a whole number, so codes are matched and written as text.</summary>
    public bool TextCodes => Choices.Any(c => c.ExportCode != c.Code.ToString(CultureInfo.InvariantCulture));

    /// <summary>The choices as one comparable text, so two dictionaries can tell whether they define the same enum.</summary>
    public string ChoiceSignature =>
        (IsCheckbox ? "[checkbox] " : string.Empty)
        + string.Join(" | ", Choices.Select(c => c.ExportCode + ", " + c.Label));
}
