using System.Globalization;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// One choice of a categorical or checkbox field: the enum value, the label shown to people and the code
/// stored in the raw export (<see cref="ExportCode"/>: the value itself for whole-number codes, otherwise
/// REDCap's text code such as <c>a</c> or <c>snomedct_248152002</c>).
/// </summary>
public sealed record FieldLevel(int Code, string Label)
{
    /// <summary>The code as REDCap's raw export writes it.</summary>
    public string ExportCode { get; init; } = Code.ToString(CultureInfo.InvariantCulture);
}
