using System.Text;
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

    /// <summary>Serializes <paramref name="value"/>; <paramref name="rows"/> (curve rows) picks indented or compact.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo, int rows)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        // One buffer, sized for the rows (about 200 bytes each in compact form), decoded once with its newline:
        // a curve of a million rows is tens of megabytes, and each extra copy costs its first touch of memory.
        using var stream = new MemoryStream((int)Math.Min(Array.MaxLength, 4096 + (200L * Math.Max(0, rows))));
        using (var writer = new Utf8JsonWriter(stream, For(rows)))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        stream.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
