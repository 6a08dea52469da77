namespace SmnpcRepro.Generators.Models;

/// <summary>
/// What to generate for one dictionary once all dictionaries of the build are known: the model (null
/// when any error stops generation), the namespace, the enum type of each categorical or checkbox field
/// (shared with another dictionary when the choices are the same, or given the dictionary's prefix when
/// another dictionary of the namespace codes the field differently), and every diagnostic.
/// </summary>
internal sealed record GenerationPlan(
    DictionaryModel? Model,
    string Namespace,
    EquatableArray<EnumPlan> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The enum of field <paramref name="FieldName"/>: its type name, and whether this dictionary emits it (false: another dictionary emits the same enum).</summary>
internal sealed record EnumPlan(string FieldName, string TypeName, bool Emit);
