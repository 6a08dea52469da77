namespace SmnpcRepro.Generators.Models;

/// <summary>What the parser makes of one dictionary: the model when it is valid, and every diagnostic.</summary>
internal sealed record ParseResult(DictionaryModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
