using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// An array of doubles in the stats JSON (curves, coefficients): each element as <see cref="RNumberConverter"/>
/// writes it, the writer flushed to its stream whenever it holds <see cref="RNumberConverter.FlushThreshold"/>
/// bytes, so a curve of millions of rows streams out instead of growing one buffer.
/// </summary>
public sealed class RNumberArrayConverter : JsonConverter<double[]>
{
    private static readonly RNumberConverter Element = new();

    /// <inheritdoc/>
    public override double[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of numbers.");
        }

        var values = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(Element.Read(ref reader, typeof(double), options));
        }

        return values.ToArray();
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double[] value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var v in value)
        {
            RNumberConverter.WriteValue(writer, v);
            if (writer.BytesPending >= RNumberConverter.FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }
}
