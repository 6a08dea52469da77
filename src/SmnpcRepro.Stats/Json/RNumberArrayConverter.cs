using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// An array of doubles in the stats JSON (curves, coefficients): each element as <see cref="RNumberConverter"/>
/// writes it, the writer flushed to its stream whenever it holds <see cref="RNumberConverter.FlushThreshold"/>
/// bytes. A long array in compact JSON (a curve of a large file) is formatted in blocks on all cores and
/// written as one piece (<see cref="CompactText"/>): the same bytes, in about half the time on two cores.
/// </summary>
public sealed class RNumberArrayConverter : JsonConverter<double[]>
{
    /// <summary>Elements per block of <see cref="CompactText"/>, and the shortest array written that way.</summary>
    internal const int BlockElements = 8192;

    /// <summary>The longest element and its comma: "-1.2345678901234567E-308," is 25 bytes.</summary>
    private const int MaxElementBytes = 32;

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
        if (!writer.Options.Indented && value.Length >= BlockElements)
        {
            // A long curve in compact JSON: its text made in blocks side by side, the same bytes as below.
            writer.WriteRawValue(CompactText(value), skipInputValidation: true);
            writer.Flush();
            return;
        }

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

    /// <summary>
    /// The array as compact JSON text, <c>[e,e,…]</c>, each element as <see cref="RNumberConverter.WriteValue"/>
    /// writes it (null, "Infinity", "-Infinity", or the shortest round-trip number), formatted in blocks of
    /// <see cref="BlockElements"/> on all cores and joined in order.
    /// </summary>
    internal static byte[] CompactText(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var blocks = (values.Length + BlockElements - 1) / BlockElements;
        var texts = new byte[blocks][];
        var lengths = new int[blocks];
        Parallel.For(0, blocks, b =>
        {
            var from = b * BlockElements;
            var to = Math.Min(values.Length, from + BlockElements);
            var text = new byte[(to - from) * MaxElementBytes];
            var at = 0;
            for (var i = from; i < to; i++)
            {
                if (i > 0)
                {
                    text[at++] = (byte)',';
                }

                at += FormatElement(values[i], text.AsSpan(at));
            }

            texts[b] = text;
            lengths[b] = at;
        });

        var result = new byte[2 + lengths.Sum()];
        result[0] = (byte)'[';
        var position = 1;
        for (var b = 0; b < blocks; b++)
        {
            texts[b].AsSpan(0, lengths[b]).CopyTo(result.AsSpan(position));
            position += lengths[b];
        }

        result[position] = (byte)']';
        return result;
    }

    private static int FormatElement(double value, Span<byte> text)
    {
        ReadOnlySpan<byte> named = double.IsNaN(value) ? "null"u8
            : double.IsPositiveInfinity(value) ? "\"Infinity\""u8
            : double.IsNegativeInfinity(value) ? "\"-Infinity\""u8
            : default;
        if (!named.IsEmpty)
        {
            named.CopyTo(text);
            return named.Length;
        }

        // The shortest text that reads back as the same double, as Utf8JsonWriter.WriteNumberValue writes it.
        if (!value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A double's text is longer than its room.");
        }

        return written;
    }
}
