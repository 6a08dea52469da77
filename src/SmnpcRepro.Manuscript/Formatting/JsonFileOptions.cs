using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmnpcRepro.Manuscript.Formatting;

/// <summary>
/// How the project's committed JSON files are written and read (<c>numbers.json</c>, <c>reconstruction-run.json</c>):
/// indented, snake_case, LF line ends, characters as they are, nullable annotations and required constructor
/// parameters respected. One set of options, so every such file diffs the same way.
/// </summary>
public static class JsonFileOptions
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Committed { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
