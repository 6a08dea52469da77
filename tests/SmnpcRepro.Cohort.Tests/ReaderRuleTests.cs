using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>Every rule the generated <see cref="CohortCsv"/> reader checks, each with the error it reports.</summary>
public sealed class ReaderRuleTests
{
    [Fact]
    public void Valid_file_reads_every_record_with_its_types()
    {
        var set = CohortCsv.Parse(CohortRows.File(CohortRows.Row(1), CohortRows.Row(2, "sex=2", "death=0", "hb=")), "cohort.csv");

        Assert.Equal(2, set.Count);
        Assert.Equal("cohort.csv", set.SourceFile);
        var (a, b) = (set.Records[0], set.Records[1]);
        Assert.Equal(1, a.RecordId);
        Assert.Equal(Sex.Male, a.Sex);
        Assert.Equal(VisceralMets.None, a.VisceralMets);
        Assert.Equal(SurgicalOption.EnBloc, a.SurgicalOption);
        Assert.Equal(24.5, a.Mit);
        Assert.Equal(12.1, a.Hb);
        Assert.True(a.Death);
        Assert.Equal(Sex.Female, b.Sex);
        Assert.False(b.Death);
        Assert.Null(b.Hb);
    }

    [Fact]
    public void Empty_cells_are_missing_values_counted_per_field()
    {
        var set = CohortCsv.Parse(CohortRows.File(CohortRows.Row(1, "hb=", "ki67="), CohortRows.Row(2, "hb="), CohortRows.Row(3)), "cohort.csv");

        Assert.Equal(2, set.MissingCount("hb"));
        Assert.Equal(1, set.MissingCount("ki67"));
        Assert.Equal(0, set.MissingCount("alb"));
        Assert.Equal(CohortFields.All.Select(f => f.Name), set.Missing.Select(m => m.Field));
    }

    [Theory]
    [InlineData("age=", "age", "", "is required but empty")]
    [InlineData("age=50.5", "age", "50.5", "must be a whole number (digits only, e.g. 42)")]
    [InlineData("age=fifty", "age", "fifty", "must be a whole number (digits only, e.g. 42)")]
    [InlineData("age=17", "age", "17", "is below the field's minimum 18")]
    [InlineData("kps_preop=101", "kps_preop", "101", "is above the field's maximum 100")]
    [InlineData("hb=1e400", "hb", "1e400", "must be a number with '.' as the decimal point (e.g. 12.5)")]
    [InlineData("hb=abc", "hb", "abc", "must be a number with '.' as the decimal point (e.g. 12.5)")]
    [InlineData("hb=NaN", "hb", "NaN", "must be a number with '.' as the decimal point (e.g. 12.5)")]
    [InlineData("hb=2.9", "hb", "2.9", "is below the field's minimum 3")]
    [InlineData("mit=600.5", "mit", "600.5", "is above the field's maximum 600")]
    [InlineData("sex=3", "sex", "3", "is not one of the field's choices: 1 (Male), 2 (Female)")]
    [InlineData("sex=male", "sex", "male", "is not one of the field's choices: 1 (Male), 2 (Female)")]
    [InlineData("death=2", "death", "2", "is not one of the field's choices: 1 (Yes), 0 (No)")]
    [InlineData("death=", "death", "", "is required but empty")]
    public void A_broken_cell_is_reported_with_file_line_column_field_value_and_rule(string cell, string field, string value, string? rule)
    {
        var text = CohortRows.File(CohortRows.Row(1), CohortRows.Row(2, cell));

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "data/cohort.csv")).Errors);

        Assert.Equal("data/cohort.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(Array.IndexOf(CohortRows.Columns, field) + 1, error.Column);
        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
        if (rule is not null)
        {
            Assert.Equal(rule, error.Rule);
        }
    }

    [Fact]
    public void Every_error_is_reported_at_once_and_no_partial_cohort_is_returned()
    {
        var text = CohortRows.File(CohortRows.Row(1, "age=12"), CohortRows.Row(2), CohortRows.Row(3, "sex=9", "hb=x"), CohortRows.Row(1));

        var ex = Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv"));

        Assert.Equal(
            [
                "cohort.csv(2,3): error: column 'age' value '12': is below the field's minimum 18",
                "cohort.csv(4,2): error: column 'sex' value '9': is not one of the field's choices: 1 (Male), 2 (Female)",
                "cohort.csv(4,12): error: column 'hb' value 'x': must be a number with '.' as the decimal point (e.g. 12.5)",
                "cohort.csv(5,1): error: column 'record_id' value '1': duplicate record id (first used on line 2)",
            ],
            ex.Errors.Select(e => e.ToString()));
        Assert.StartsWith("4 data errors:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_compare_as_numbers()
    {
        var text = CohortRows.File(CohortRows.Row(7), "00" + CohortRows.Row(7));

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(text, "cohort.csv")).Errors);

        Assert.Equal("duplicate record id (first used on line 2)", error.Rule);
        Assert.Equal("007", error.Value);
    }

    [Theory]
    [InlineData(",extra")]
    [InlineData("", true)]
    public void A_row_of_the_wrong_width_is_reported_by_line(string suffix, bool dropLast = false)
    {
        var row = CohortRows.Row(2) + suffix;
        if (dropLast)
        {
            row = row[..row.LastIndexOf(',')];
        }

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(CohortRows.File(CohortRows.Row(1), row), "cohort.csv")).Errors);

        Assert.Equal(3, error.Line);
        Assert.Equal(0, error.Column);
        var cells = CohortCsv.Header.Split(',').Length;
        Assert.Equal(dropLast ? $"the row has {cells - 1} cells but the header has {cells}" : $"the row has {cells + 1} cells but the header has {cells}", error.Rule);
    }

    [Fact]
    public void Header_errors_name_every_missing_unknown_and_repeated_column()
    {
        var header = CohortCsv.Header.Replace("kps_preop,", "karnofsky,", StringComparison.Ordinal) + ",age";

        var errors = Assert.Throws<CohortDataException>(() => CohortCsv.Parse(header + "\n", "cohort.csv")).Errors;

        Assert.Collection(
            errors,
            e => Assert.Equal(("karnofsky", 5, "the column is not a field of the data dictionary (add it to the dictionary or remove it)"), (e.Field, e.Column, e.Rule)),
            e => Assert.Equal(("age", CohortCsv.Header.Split(',').Length + 1), (e.Field, e.Column)),
            e => Assert.Equal(("kps_preop", 0), (e.Field, e.Column)));
        Assert.StartsWith("the column appears twice in the header (first at column 3)", errors[1].Rule, StringComparison.Ordinal);
        Assert.StartsWith("the header has no column 'kps_preop' (or its label 'Preoperative KPS'), a required field", errors[2].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_column_may_be_absent_and_its_values_are_counted_missing()
    {
        // An export made before an optional field was added to the dictionary (or a field subset) still reads.
        var header = CohortCsv.Header.Replace(",hb,", ",", StringComparison.Ordinal);
        var row = string.Join(',', CohortRows.Row(1).Split(',').Where((_, i) => i != CohortCsv.Header.Split(',').ToList().IndexOf("hb")));
        var data = CohortCsv.Parse(header + "\n" + row + "\n", "cohort.csv");

        Assert.Null(Assert.Single(data.Records).Hb);
        Assert.Equal(1, data.MissingCount("hb"));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(string.Empty, "cohort.csv")).Errors);

        Assert.Equal("the file is empty; it needs a header line naming the dictionary's fields", error.Rule);
    }

    [Fact]
    public void A_header_only_file_is_an_empty_cohort()
    {
        var set = CohortCsv.Parse(CohortCsv.Header + "\n", "cohort.csv");

        Assert.Empty(set.Records);
    }

    [Theory]
    [InlineData("\"1,", "a quoted cell is never closed (missing '\"')", 3, 1)]
    [InlineData("\"1\"x,", "text after the closing quote of a quoted cell (quote the whole cell, doubling inner quotes)", 3, 1)]
    public void Quoting_errors_are_reported_with_line_and_column(string firstCell, string rule, int line, int column)
    {
        var row = firstCell + CohortRows.Row(2)[2..];

        var error = Assert.Throws<CohortDataException>(() => CohortCsv.Parse(CohortRows.File(CohortRows.Row(1), row), "cohort.csv")).Errors[0];

        Assert.Equal((line, column, rule), (error.Line, error.Column, error.Rule));
    }

    [Fact]
    public void Quoted_cells_read_like_plain_ones()
    {
        var row = string.Join(',', CohortRows.Row(2).Split(',').Select(c => "\"" + c + "\""));

        var set = CohortCsv.Parse(CohortRows.File(CohortRows.Row(1), row), "cohort.csv");

        Assert.Equal(set.Records[0] with { RecordId = 2 }, set.Records[1]);
    }

    [Fact]
    public void Crlf_bom_and_blank_lines_read_the_same_and_keep_line_numbers()
    {
        var lf = CohortRows.File(CohortRows.Row(1), CohortRows.Row(2));
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal).Replace(CohortRows.Row(2), "\r\n" + CohortRows.Row(2, "age=5"), StringComparison.Ordinal);

        Assert.Equal(2, CohortCsv.Parse(lf, "a.csv").Records.Count);
        var error = Assert.Single(Assert.Throws<CohortDataException>(() => CohortCsv.Parse(crlf, "b.csv")).Errors);
        Assert.Equal((4, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Columns_are_read_in_any_order()
    {
        var columns = CohortRows.Columns.Reverse().ToArray();
        var row = CohortRows.Row(1).Split(',').Reverse();

        var set = CohortCsv.Parse(string.Join(',', columns) + "\n" + string.Join(',', row) + "\n", "cohort.csv");

        Assert.Equal(CohortCsv.Parse(CohortRows.File(CohortRows.Row(1)), "cohort.csv").Records, set.Records);
    }
}
