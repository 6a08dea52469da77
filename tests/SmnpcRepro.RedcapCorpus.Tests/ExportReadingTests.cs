namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// Every record export of the corpus through the generated reader of its project: the counts of rows,
/// records, events and repeat instances equal what an independent CSV parser counts in the file; the
/// soft-check warnings are the ones REDCap would give; a file REDCap would refuse fails with every error
/// at its file, line and column.
/// </summary>
public sealed class ExportReadingTests
{
    private static readonly string[] ReadingExports =
    [
        "redcapr/longitudinal/data.csv",
        "redcapr/repeating-instruments/data.csv",
        "redcapr/validation-types-1/data.csv",
        "redcapr/survey/data.csv",
        "redcapr/clinical-trial-1/data.csv",
        "redcapr/nonnumeric-record-id/data.csv",
        "redcapr/decimal-comma/data.csv",
        "redcapapi/TestRedcapAPI_Records.csv",
        "redcapapi/extdata-data.csv",
        "redcap-rsvc/B316800100_W_REPEATS.csv",
    ];

    public static TheoryData<string> Reading => new(ReadingExports);

    [Theory]
    [MemberData(nameof(Reading))]
    public void The_export_reads_with_the_rows_records_events_and_instances_the_file_holds(string export)
    {
        var (summary, errors) = Exports.Try(export);

        Assert.True(summary is not null, errors);
        Assert.Equal(ExportFacts.Of(Corpus.File(export)), summary.Facts);
    }

    [Theory]
    [MemberData(nameof(Reading))]
    public void The_records_written_canonically_read_back_equal_events_and_instances_included(string export) =>
        Assert.True(Exports.RoundTrips[export](Corpus.File(export)), export);

    [Fact]
    public void The_counts_are_those_of_the_projects()
    {
        // Independent of the parsers: what the projects are (REDCapR's longitudinal project has 3 records
        // over 12 events; the repeating project 2 records with 4 'bp' instances; the redcapAPI test project
        // 20 records each on one event with a repeating instrument).
        Assert.Equal(new ExportFacts(18, 3, 12, 0), Exports.Try("redcapr/longitudinal/data.csv").Summary!.Facts);
        Assert.Equal(new ExportFacts(6, 2, 0, 4), Exports.Try("redcapr/repeating-instruments/data.csv").Summary!.Facts);
        Assert.Equal(new ExportFacts(40, 20, 1, 20), Exports.Try("redcapapi/TestRedcapAPI_Records.csv").Summary!.Facts);
        Assert.Equal(new ExportFacts(500, 500, 0, 0), Exports.Try("redcapr/clinical-trial-1/data.csv").Summary!.Facts);
    }

    [Fact]
    public void Required_but_empty_is_a_warning_counted_per_field_as_REDCap_gives_it()
    {
        var warnings = Exports.Try("redcap-rsvc/B316800100_W_REPEATS.csv").Summary!.Warnings;

        var warning = Assert.Single(warnings);
        Assert.Equal(new Cohort.Runtime.FieldWarning("required", "is required but empty", 2, 2), warning);
    }

    [Fact]
    public void Exports_without_soft_check_failures_have_no_warnings()
    {
        foreach (var export in ReadingExports.Where(e => !e.Contains("W_REPEATS", StringComparison.Ordinal)))
        {
            Assert.True(Exports.Try(export).Summary!.Warnings.Count == 0, export);
        }
    }

    [Fact]
    public void Values_REDCap_would_refuse_fail_with_file_line_and_column()
    {
        // REDCapR's simple/data.csv was written by R with the radio field 'sex' as TRUE/FALSE, which is no
        // code of '0, Female | 1, Male': REDCap refuses it on import, so the reader does too.
        var (summary, errors) = Exports.Try("redcapr/simple/data.csv");

        Assert.Null(summary);
        Assert.Equal(
            """
            redcapr/simple/data.csv(2,9): error: column 'sex' value 'FALSE': is not one of the field's choices: 0 (Female), 1 (Male)
            redcapr/simple/data.csv(4,9): error: column 'sex' value 'TRUE': is not one of the field's choices: 0 (Female), 1 (Male)
            redcapr/simple/data.csv(6,9): error: column 'sex' value 'TRUE': is not one of the field's choices: 0 (Female), 1 (Male)
            redcapr/simple/data.csv(8,9): error: column 'sex' value 'FALSE': is not one of the field's choices: 0 (Female), 1 (Male)
            redcapr/simple/data.csv(13,9): error: column 'sex' value 'TRUE': is not one of the field's choices: 0 (Female), 1 (Male)
            """.ReplaceLineEndings("\n"),
            errors.Replace('\\', '/'));
    }

    [Fact]
    public void An_import_file_with_dates_as_typed_is_not_an_export_and_fails_at_each_cell()
    {
        // The validation suite's import file holds dates as its testers typed them (m/d/yyyy); REDCap
        // exports yyyy-MM-dd whatever the field's entry order, so each such cell is reported.
        var (summary, errors) = Exports.Try("redcap-rsvc/B316700100_DATA_ACCURATE.csv");

        Assert.Null(summary);
        var lines = errors.Split('\n');
        Assert.Equal(22, lines.Length);
        Assert.Equal("redcap-rsvc/B316700100_DATA_ACCURATE.csv(2,63): error: column 'dob' value '4/14/2023': must be a date written yyyy-MM-dd (e.g. 2017-12-31)", lines[0].Replace('\\', '/'));
        Assert.All(lines, l => Assert.Matches(@"\(\d+,\d+\): error: column '\w+' value '\d+/\d+/2023( \d\d:\d\d)?': must be a date", l));
    }

    [Fact]
    public void An_empty_file_is_no_export()
    {
        // REDCapR keeps a zero-byte data.csv for its dictionary-only project; REDCap always exports a header.
        var (summary, errors) = Exports.Try("redcapr/potentially-problematic-dictionary/data.csv");

        Assert.Null(summary);
        Assert.EndsWith("data.csv(1): error:: the file is empty; it needs a header line naming the dictionary's fields", errors, StringComparison.Ordinal);
    }
}
