using System.Globalization;
using SmnpcRepro.Cli.Validation;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// REDCap's <c>number_1dp</c> … <c>number_4dp</c> and <c>_comma_decimal</c> validations on real exports. REDCap's
/// expressions (<c>/^-?\d+\.\d{N}$/</c>, <c>/^-?\d+,\d{N}$/</c>) want exactly N decimals, and the exports that came
/// out of REDCap keep them, trailing zeros included (redcapAPI's test project: <c>"18,80"</c>, <c>89.90</c>; the
/// validation suite's import file: <c>2.2</c>, <c>"2,0"</c>). One value given a third decimal in a copy made in
/// memory fails at its file, line and column, naming the validation, in the generated reader and in
/// <c>smnpc data validate</c> alike.
/// </summary>
public sealed class FixedDecimalTests
{
    private const string Export = "redcapapi/TestRedcapAPI_Records.csv";
    private const string Rule = "must have exactly 2 decimal places (e.g. 12.50) (REDCap's 'number_2dp' validation)";

    [Fact]
    public void The_fixed_decimal_fields_of_the_corpus_read_with_REDCap_s_places()
    {
        Assert.Equal(
            ["number_1dp_comma_decimal", "number_1dp", "number_2dp_comma_decimal", "number_2dp"],
            new[] { "number_1dp_comma_test", "number_1dp_test", "number_2dp_comma_test", "number_2dp_test" }
                .Select(name => RedcapapiTestFields.All.Single(f => f.Name == name).Validation));

        var records = RedcapapiTestCsv.Read(Corpus.File(Export)).Records;

        // line 4: "36,5",40.2,"18,80",70.72 — the first row with values; every second row (19 of 40) has them.
        var first = records.First(r => r.Number2dpTest is not null);
        Assert.Equal((36.5, 40.2, 18.8, 70.72), (first.Number1dpCommaTest, first.Number1dpTest, first.Number2dpCommaTest, first.Number2dpTest));
        Assert.Equal(19, records.Count(r => r.Number2dpTest is not null && r.Number2dpCommaTest is not null && r.Number1dpTest is not null && r.Number1dpCommaTest is not null));

        // The extdata export of the same project reads too (there number_2dp_test has no validation).
        Assert.Equal(20, RedcapapiExtdataCsv.Read(Corpus.File("redcapapi/extdata-data.csv")).Records.Count(r => r.Number1dpTest is not null));
    }

    [Fact]
    public void The_validation_suite_s_import_file_passes_the_number_1dp_fields_and_fails_only_on_its_dates()
    {
        // number_1_period (number_1dp) = 2.2 and number_1_comma (number_1dp_comma_decimal) = "2,0" on line 4.
        var (summary, errors) = Exports.Try("redcap-rsvc/B316700100_DATA_ACCURATE.csv");

        Assert.Null(summary);
        Assert.DoesNotContain("number_1_", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("decimal place", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_decimal_is_an_error_at_its_cell_naming_the_validation()
    {
        var (text, line, column) = WithThirdDecimal();

        var errors = Assert.Throws<CohortDataException>(() => RedcapapiTestCsv.Parse(text, "records.csv")).Errors;

        Assert.Equal(new DataError("records.csv", line, column, "number_2dp_test", "70.725", Rule), Assert.Single(errors));
        Assert.Equal((4, 31), (line, column));
    }

    [Fact]
    public void A_missing_decimal_on_the_comma_form_is_an_error_too()
    {
        var text = File.ReadAllText(Corpus.File(Export)).Replace("\"18,80\"", "\"18,8\"", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => RedcapapiTestCsv.Parse(text, "records.csv")).Errors);

        Assert.Equal(
            "records.csv(4,30): error: column 'number_2dp_comma_test' value '18,8': must have exactly 2 decimal places (e.g. 12,50) (REDCap's 'number_2dp_comma_decimal' validation)",
            error.ToString());
    }

    [Fact]
    public void Data_validate_reports_the_same_error()
    {
        var (text, line, column) = WithThirdDecimal();
        var path = Path.Combine(Path.GetTempPath(), "smnpc-2dp-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        try
        {
            var report = ExportValidator.Validate(Corpus.File("redcapapi/TestRedcapAPI_DataDictionary.csv"), path, strict: false);

            Assert.False(report.Reads);
            var error = Assert.Single(report.Errors);
            Assert.Equal((path, line, column, "number_2dp_test", "70.725", Rule), (error.File, error.Line, error.Column, error.Field, error.Value, error.Rule));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The export with 70.72 (number_2dp_test, line 4) written 70.725, and that cell's line and column, counted from the text.</summary>
    private static (string Text, int Line, int Column) WithThirdDecimal()
    {
        const string valid = ",70.72,";
        var text = File.ReadAllText(Corpus.File(Export));
        var at = text.IndexOf(valid, StringComparison.Ordinal);
        Assert.True(at > 0 && text.IndexOf(valid, at + 1, StringComparison.Ordinal) < 0, "the value occurs once");
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var header = text[..text.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r').Split(',');
        var column = Array.IndexOf(header, "number_2dp_test") + 1;
        Assert.True(column > 0, string.Create(CultureInfo.InvariantCulture, $"number_2dp_test in the header of {Export}"));
        return (text.Replace(valid, ",70.725,", StringComparison.Ordinal), line, column);
    }
}
