using System.Globalization;
using SmnpcRepro.Cli.Validation;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// REDCap's string validations on real exports: every e-mail, phone, ZIP code and letters-only value the
/// corpus holds passes REDCap's own expressions (those exports came out of REDCap, which checked them), and one
/// value broken by hand in a copy made in memory fails at its file, line and column, in the generated reader and
/// in <c>smnpc data validate</c> alike.
/// </summary>
public sealed class StringValidationTests
{
    private const string Export = "redcapapi/TestRedcapAPI_Records.csv";
    private const string Valid = "Duis@reprehenderit.com";
    private const string Broken = "Duis(at)reprehenderit.com";

    [Fact]
    public void The_corpus_exports_with_string_validations_read_without_an_error()
    {
        // redcapapi's test project has email, phone, zipcode and alpha_only fields with values on 40 rows.
        foreach (var export in new[] { Export, "redcapapi/extdata-data.csv", "redcapr/longitudinal/data.csv", "redcapr/survey/data.csv" })
        {
            var (summary, errors) = Exports.Try(export);
            Assert.True(summary is not null, errors);
        }
    }

    [Fact]
    public void A_malformed_email_is_an_error_at_its_cell()
    {
        var (text, line, column) = WithBrokenEmail();

        var errors = Assert.Throws<CohortDataException>(() => RedcapapiTestCsv.Parse(text, "records.csv")).Errors;

        Assert.Equal(
            new DataError("records.csv", line, column, "email_test", Broken, "must be a valid email address (like joe@user.com) (REDCap's 'email' validation)"),
            Assert.Single(errors));
    }

    [Fact]
    public void Data_validate_reports_the_same_error()
    {
        var (text, line, column) = WithBrokenEmail();
        var path = Path.Combine(Path.GetTempPath(), "smnpc-email-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        try
        {
            var report = ExportValidator.Validate(Corpus.File("redcapapi/TestRedcapAPI_DataDictionary.csv"), path, strict: false);

            Assert.False(report.Reads);
            Assert.Equal((path, line, column, "email_test"), Assert.Single(report.Errors.Select(e => (e.File, e.Line, e.Column, e.Field))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The export with one e-mail address broken, and the line and column of that cell, counted from the text.</summary>
    private static (string Text, int Line, int Column) WithBrokenEmail()
    {
        var text = File.ReadAllText(Corpus.File(Export));
        var at = text.IndexOf(Valid, StringComparison.Ordinal);
        Assert.True(at > 0 && text.IndexOf(Valid, at + 1, StringComparison.Ordinal) < 0, "the address occurs once");
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var header = text[..text.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r').Split(',');
        var column = Array.IndexOf(header, "email_test") + 1;
        Assert.True(column > 0, string.Create(CultureInfo.InvariantCulture, $"email_test in the header of {Export}"));
        return (text.Replace(Valid, Broken, StringComparison.Ordinal), line, column);
    }
}
