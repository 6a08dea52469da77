using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SmnpcRepro.Stats.Input;

namespace SmnpcRepro.Stats.Output;

/// <summary>
/// JSON conventions of the stats verbs (docs/stats-json.md): numbers in the shortest form that reads back
/// to the same double, NaN (R's NA or NaN: no value) as <c>null</c>, ±∞ as the strings <c>"Infinity"</c> and
/// <c>"-Infinity"</c>, as the R reference fixtures write them.
/// </summary>
public static class StatsJson
{
    /// <summary>Largest number of curve rows for which the JSON is indented; larger outputs are compact.</summary>
    public const int IndentedRowLimit = 2000;

    /// <summary>Writer options: indented, no escaping of non-ASCII beyond what JSON needs.</summary>
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

    /// <summary>
    /// Serializes a result record through its source-generated metadata, indented for small outputs and
    /// compact for large ones (<see cref="For"/>), ending in a newline.
    /// </summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo, int rows)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, For(rows)))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a number value under the conventions.</summary>
    public static void Value(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsNaN(value))
        {
            writer.WriteNullValue();
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>A named number.</summary>
    public static void Number(Utf8JsonWriter writer, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        Value(writer, value);
    }

    /// <summary>A named array of numbers.</summary>
    public static void Numbers(Utf8JsonWriter writer, string name, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            Value(writer, v);
        }

        writer.WriteEndArray();
    }

    /// <summary>A named array of integers.</summary>
    public static void Integers(Utf8JsonWriter writer, string name, ReadOnlySpan<int> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }

    /// <summary>A named array of strings.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    /// <summary>A named matrix (array of rows).</summary>
    public static void Matrix(Utf8JsonWriter writer, string name, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            foreach (var v in row)
            {
                Value(writer, v);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>The input block every stats verb writes: file, columns, codes, rows read/used/dropped.</summary>
    public static void Input(Utf8JsonWriter writer, SurvivalCsvRequest request, SurvivalCsvTable table, bool timeFix)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        writer.WriteStartObject("input");
        writer.WriteString("data", request.Path);
        writer.WriteString("time", request.Time);
        writer.WriteString("event", request.Event);
        writer.WriteString("event_code", request.EventCode);
        writer.WriteString("censor_code", request.CensorCode);
        NullableString(writer, "group", request.Group);
        NullableString(writer, "strata", request.Strata);
        writer.WriteBoolean("timefix", timeFix);
        writer.WriteNumber("rows_read", table.RowsRead);
        writer.WriteNumber("n", table.Data.Count);
        writer.WriteNumber("rows_dropped", table.RowsDropped);
        writer.WriteNumber("blank_lines", table.BlankLines);
        writer.WriteStartObject("missing_by_column");
        foreach (var (column, count) in table.DroppedByColumn)
        {
            writer.WriteNumber(column, count);
        }

        writer.WriteEndObject();
        Integers(writer, "dropped_lines", table.DroppedLines.ToArray());
        writer.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
