using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>
/// The cohort's reader told at run time how strict to be (the study's <c>validation.strict</c>): REDCap's soft
/// checks are warnings or errors, and a required field the record holds non-null still needs its value.
/// </summary>
public sealed class RunTimeStrictnessTests
{
    private static int ColumnOf(string name) => Array.IndexOf(CohortRows.Columns, name) + 1;

    [Fact]
    public void Not_strict_an_out_of_range_value_is_kept_and_counted_per_field()
    {
        // hb's validation is 3-25 (data/cohort.dictionary.csv); REDCap admits 31.5 after a warning.
        var text = CohortRows.File(CohortRows.Row(1), CohortRows.Row(2, "hb=31.5"), CohortRows.Row(3, "hb=40"));

        var set = CohortCsv.Parse(text, "cohort.csv", strict: false);

        Assert.Equal(3, set.Count);
        Assert.Equal(31.5, set.Records[1].Hb);
        Assert.Equal(new FieldWarning("hb", "is above the field's maximum 25", 2, 3), Assert.Single(set.Warnings));
    }

    [Fact]
    public void Strict_the_same_value_is_an_error_at_its_line_and_column()
    {
        var text = CohortRows.File(CohortRows.Row(1), CohortRows.Row(2, "hb=31.5"));

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv", strict: true)).Errors);

        Assert.Equal(new DataError("cohort.csv", 3, ColumnOf("hb"), "hb", "31.5", "is above the field's maximum 25"), error);
    }

    [Fact]
    public void The_compiled_default_is_unchanged_strict()
    {
        // data/cohort.dictionary.csv is compiled with SmnpcStrict="true": Parse without the argument reads strictly.
        var text = CohortRows.File(CohortRows.Row(1, "age=101"));

        var strict = Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv", strict: true)).Errors;
        var compiled = Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv")).Errors;

        Assert.Equal("is above the field's maximum 100", Assert.Single(strict).Rule);
        Assert.Equal(strict, compiled);
    }

    [Fact]
    public void Not_strict_a_required_value_the_record_holds_non_null_is_still_required_at_its_cell()
    {
        // age is required (data/cohort.dictionary.csv) and CohortRecord.Age is an int: no record without it.
        var text = CohortRows.File(CohortRows.Row(1), CohortRows.Row(2, "age="));

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv", strict: false)).Errors);

        Assert.Equal(new DataError("cohort.csv", 3, ColumnOf("age"), "age", string.Empty, "is required but empty"), error);
    }

    [Fact]
    public void Not_strict_a_refused_cell_of_a_required_field_is_reported_once_by_the_reader()
    {
        var text = CohortRows.File(CohortRows.Row(1, "age=fifty"));

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv", strict: false)).Errors);

        Assert.Equal(new DataError("cohort.csv", 2, ColumnOf("age"), "age", "fifty", "must be a whole number (digits only, e.g. 42)"), error);
    }

    [Fact]
    public void Not_strict_an_absent_required_column_is_one_header_error()
    {
        static string WithoutAge(string line) => string.Join(',', line.Split(',').Where((_, i) => CohortRows.Columns[i] != "age"));
        var text = WithoutAge(CohortCsv.Header) + "\n" + WithoutAge(CohortRows.Row(1)) + "\n" + WithoutAge(CohortRows.Row(2)) + "\n";

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv", strict: false)).Errors);

        Assert.Equal((1, 0, "age"), (error.Line, error.Column, error.Field));
        Assert.Contains("which the record type requires", error.Rule, StringComparison.Ordinal);
    }
}
