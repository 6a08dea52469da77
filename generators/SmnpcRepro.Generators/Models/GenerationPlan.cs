namespace SmnpcRepro.Generators.Models;

/// <summary>
/// What to generate for one dictionary once all dictionaries of the build are known: the model (null
/// when any error stops generation), the namespace, the enums another dictionary emits (identical
/// choices, shared), and every diagnostic.
/// </summary>
internal sealed record GenerationPlan(
    DictionaryModel? Model,
    string Namespace,
    EquatableArray<string> ForeignEnums,
    EquatableArray<DiagnosticInfo> Diagnostics);
