using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Check;

/// <summary>numbers.json: written and read back unchanged; a bad file is an error naming the file (and the line when JSON is broken).</summary>
public sealed class NumbersJsonTests
{
    private static readonly NumbersFile Sample = new(
        NumbersFile.CurrentSchema,
        "spss18",
        0.05,
        0.1,
        [
            new ManuscriptNumber("table2.mit.univariate.hr", "Table 2, MIT, univariate HR", "0.446", 0.4456789012),
            new ManuscriptNumber("table2.mit.log_rank.p", "Table 2, MIT, log-rank P", "0.0767", 0.0767, false, true),
            new ManuscriptNumber("text.survival.median.en_bloc", "Results, Survival, median survival, En bloc", "not reached", null),
        ],
        new ModelMembership("log-rank P ≤ 0.1", [new ModelFactor("mit", "MIT")]));

    [Fact]
    public void Written_and_read_back_unchanged()
    {
        var json = NumbersJson.Serialize(Sample);
        var back = NumbersJson.Parse(json, "numbers.json");
        Assert.Equal(json, NumbersJson.Serialize(back));
        Assert.Equal(Sample.Numbers, back.Numbers);
        Assert.Contains("\"within_entry_threshold\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": null", json, StringComparison.Ordinal);
        // Only p-values carry the significance fields.
        Assert.Equal(1, json.Split("\"significant\"").Length - 1);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"schema\": ", "numbers.json(1,")]
    [InlineData("[]", "numbers.json(1,")]
    [InlineData("null", "not a numbers file")]
    [InlineData("{\"schema\": \"smnpc-numbers/1\", \"profile\": \"spss18\", \"significance_level\": 0.05, \"entry_threshold\": 0.1}", "numbers.json")]
    public void Broken_json_or_a_missing_field_is_an_error_naming_the_file(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => NumbersJson.Parse(json, "numbers.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("numbers.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_schema_or_a_repeated_id_is_an_error()
    {
        var json = NumbersJson.Serialize(Sample);
        var schema = Assert.Throws<InvalidDataException>(() => NumbersJson.Parse(json.Replace("smnpc-numbers/1", "smnpc-numbers/0", StringComparison.Ordinal), "numbers.json"));
        Assert.Contains("schema 'smnpc-numbers/0'", schema.Message, StringComparison.Ordinal);
        var twice = Sample with { Numbers = [Sample.Numbers[0], Sample.Numbers[0]] };
        var repeated = Assert.Throws<InvalidDataException>(() => NumbersJson.Parse(NumbersJson.Serialize(twice), "numbers.json"));
        Assert.Contains("'table2.mit.univariate.hr' is used 2 times", repeated.Message, StringComparison.Ordinal);
    }
}
