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
}
