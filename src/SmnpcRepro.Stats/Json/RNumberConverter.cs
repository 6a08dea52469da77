using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// How every stats JSON writes a double (docs/stats-input.md): the shortest form that reads back to the
/// same double; NaN (R's <c>NA</c> or <c>NaN</c>: no value) as <c>null</c>; ±∞ as the strings
/// <c>"Infinity"</c> and <c>"-Infinity"</c>, as the R reference fixtures write them. Reads the same forms.
/// </summary>
public sealed class RNumberConverter : JsonConverter<double>
{
    /// <summary>Bytes a stream-backed writer may hold before an array converter flushes it to the stream.</summary>
    public const int FlushThreshold = 1 << 16;

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => double.NaN,
        JsonTokenType.String => reader.GetString() switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var other => throw new JsonException($"'{other}' is not a number."),
        },
        _ => reader.GetDouble(),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    /// <summary>Writes one double in the stats JSON's form (also each element of <see cref="RNumberArrayConverter"/>).</summary>
    public static void WriteValue(Utf8JsonWriter writer, double value)
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
}
