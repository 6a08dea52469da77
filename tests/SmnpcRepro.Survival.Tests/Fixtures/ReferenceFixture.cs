using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmnpcRepro.Survival.Tests.Fixtures;

/// <summary>Loads the R reference fixtures copied into this folder (see PROVENANCE.md).</summary>
public static class ReferenceFixture
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The folder holding the fixtures, found from the test assembly's output folder.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Full path of a fixture file, e.g. <c>r-survival/datasets/lung.csv</c>.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Parses a JSON fixture (R's NaN/Inf are the strings "NaN", "Infinity", "-Infinity").</summary>
    public static JsonNode Json(string relative) =>
        JsonNode.Parse(File.ReadAllText(PathOf(relative)), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })
        ?? throw new InvalidDataException($"Fixture {relative} is empty.");

    /// <summary>Reads a JSON number that may be R's NA (null), NaN or ±Inf (strings).</summary>
    public static double? Number(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => JsonSerializer.Deserialize<double>("\"" + s + "\"", Options),
        _ => throw new InvalidDataException($"Not a number: {node.ToJsonString()}"),
    };

    /// <summary>A JSON array of numbers as doubles (NA → NaN).</summary>
    public static double[] Numbers(JsonNode? node) =>
        node is JsonArray a ? a.Select(x => Number(x) ?? double.NaN).ToArray() : throw new InvalidDataException("Expected an array.");
}
