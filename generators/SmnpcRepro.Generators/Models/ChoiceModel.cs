namespace SmnpcRepro.Generators.Models;

/// <summary>
/// One parsed choice of a categorical or checkbox field: <c>2, Female</c> becomes code 2, label Female,
/// member Female. <paramref name="ExportCode"/> is the code exactly as REDCap exports it (<c>2</c>, <c>a</c>,
/// <c>snomedct_248152002</c>); <paramref name="Code"/> is the enum value: the code itself when every code
/// of the field is a whole number, otherwise the choice's position (1, 2, …).
/// </summary>
internal sealed record ChoiceModel(int Code, string Label, string MemberName, string ExportCode);
