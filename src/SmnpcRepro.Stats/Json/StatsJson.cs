using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// How every stats verb writes its JSON (docs/stats-json.md, docs/stats-input.md): an R-named result
/// record serialized through its source-generated metadata (<see cref="StatsJsonContext"/>), numbers by
/// <see cref="RNumberConverter"/>, indented when small and compact when large, ending in a newline.
/// </summary>
public static class StatsJson
{
    /// <summary>Largest number of curve rows for which the JSON is indented; larger outputs are compact.</summary>
    public const int IndentedRowLimit = 2000;

    /// <summary>Indented writer options, no escaping of non-ASCII beyond what JSON needs.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compact writer options, for outputs with more than <see cref="IndentedRowLimit"/> rows.</summary>
    public static JsonWriterOptions CompactWriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Indented options for small outputs, compact ones for large (same content either way).</summary>
    public static JsonWriterOptions For(int rows) => rows <= IndentedRowLimit ? WriterOptions : CompactWriterOptions;

    /// <summary>Writes <paramref name="value"/> and a newline to <paramref name="utf8"/>; <paramref name="rows"/> (curve rows) picks indented or compact.</summary>
    /// <remarks>The writer goes straight to the stream; the array converters flush it as it fills (<see cref="RNumberConverter.FlushThreshold"/>), so a large curve never sits whole in memory.</remarks>
    public static void Write<T>(Stream utf8, T value, JsonTypeInfo<T> typeInfo, int rows)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(typeInfo);
        using (var writer = new Utf8JsonWriter(utf8, For(rows)))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        utf8.WriteByte((byte)'\n');
    }
}
