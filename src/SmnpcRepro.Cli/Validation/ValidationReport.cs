using System.Text.Json.Serialization;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cli.Validation;

/// <summary>
/// What the generated reader would say of an export: whether it reads, how many rows, records, events and
/// repeat instances it holds, REDCap's soft-check warnings per field, missing values per field, and every
/// error with its file, line and column (the dictionary's own diagnostics first).
/// </summary>
public sealed record ValidationReport(
    [property: JsonPropertyName("dictionary")] string Dictionary,
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("strict")] bool Strict,
    [property: JsonPropertyName("reads")] bool Reads,
    [property: JsonPropertyName("fields")] int Fields,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("events")] int Events,
    [property: JsonPropertyName("repeatInstances")] int RepeatInstances,
    [property: JsonPropertyName("dictionaryDiagnostics")] IReadOnlyList<string> DictionaryDiagnostics,
    [property: JsonPropertyName("warnings")] IReadOnlyList<FieldWarning> Warnings,
    [property: JsonPropertyName("missing")] IReadOnlyList<FieldMissingness> Missing,
    [property: JsonPropertyName("errors")] IReadOnlyList<DataError> Errors);

/// <summary>System.Text.Json source generation for the report (camelCase names, indented).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ValidationReport))]
public sealed partial class ValidationJson : JsonSerializerContext;
