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

    /// <summary>The choices as one comparable text, so two dictionaries can tell whether they define the same enum.</summary>
    public string ChoiceSignature =>
        string.Join(" | ", Choices.Select(c => c.Code.ToString(CultureInfo.InvariantCulture) + ", " + c.Label));
}
