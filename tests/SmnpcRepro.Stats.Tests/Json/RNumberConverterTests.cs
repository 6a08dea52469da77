using System.Text.Json;
using SmnpcRepro.Stats.Json;

namespace SmnpcRepro.Stats.Tests.Json;

/// <summary>
/// The one way every stats JSON writes a double (docs/stats-input.md): R's NA/NaN as <c>null</c>, R's
/// Inf/-Inf as the strings the R reference fixtures use, finite numbers in the shortest round-trip form;
/// and the same forms read back.
/// </summary>
public sealed class RNumberConverterTests
{
    [Theory]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-300, "1E-300")]
    public void Writes_a_number_as_every_stats_json_does(double value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, StatsJsonContext.Default.Double));
        Assert.Equal(value, JsonSerializer.Deserialize(json, StatsJsonContext.Default.Double));
    }

    [Fact]
    public void Records_use_the_converter_and_R_names()
    {
        var test = new ChiSquareTestJson(double.PositiveInfinity, 2, double.NaN);
        Assert.Equal("{\"chisq\":\"Infinity\",\"df\":2,\"p\":null}", JsonSerializer.Serialize(test, StatsJsonContext.Default.ChiSquareTestJson));
    }

    [Fact]
    public void A_long_compact_array_made_in_blocks_is_the_text_written_element_by_element()
    {
        // Blocks side by side must give, byte for byte, what the writer gives one element at a time.
        var random = new Random(16);
        double[] awkward = [0.0, -0.0, 1e-7, 1e-5, 123456789012345680, 1e21, 1e15, 9007199254740993, double.Epsilon, double.MaxValue, -double.MinValue,
            0.1 + 0.2, 1.0 / 3, -2.5, 100, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-300, 5e-324, 2.2250738585072014E-308];
        var values = new double[(3 * RNumberArrayConverter.BlockElements) + 17];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i % 5 == 0 ? awkward[random.Next(awkward.Length)]
                : i % 5 == 1 ? BitConverter.Int64BitsToDouble(random.NextInt64())
                : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30));
        }

        var elementByElement = "[" + string.Join(",", values.Select(v => JsonSerializer.Serialize(v, StatsJsonContext.Default.Double))) + "]";
        Assert.Equal(elementByElement, System.Text.Encoding.UTF8.GetString(RNumberArrayConverter.CompactText(values)));

        // And through the converter in a compact document (an indented one keeps the element-by-element path).
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, StatsJson.CompactWriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("surv");
            new RNumberArrayConverter().Write(writer, values, JsonSerializerOptions.Default);
            writer.WriteNumber("n", 1);
            writer.WriteEndObject();
        }

        Assert.Equal("{\"surv\":" + elementByElement + ",\"n\":1}", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
