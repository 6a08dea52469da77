using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>
/// REDCap's <c>number_1dp</c> … <c>number_4dp</c> (and <c>_comma_decimal</c>) validations: exactly N decimals, as
/// REDCap's expressions <c>/^-?\d+\.\d{N}$/</c> and <c>/^-?\d+,\d{N}$/</c> (its <c>redcap_validation_types</c>
/// table) require; a value with more or fewer is an error at file(line,column) naming the validation.
/// </summary>
public sealed class DecimalPlacesTests
{
    private static readonly FieldDescription[] Fields =
    [
        new("id", "Id", "ID", "", FieldKind.Text, "main", true, null, null, [], ""),
        new("weight", "Weight", "Weight", "kg", FieldKind.Number, "main", false, null, null, [], "") { Validation = "number_2dp" },
        new("height", "Height", "Height", "m", FieldKind.Number, "main", false, null, null, [], "") { Validation = "number_1dp_comma_decimal" },
        new("score", "Score", "Score", "", FieldKind.Number, "main", false, null, null, [], "") { Validation = "number" },
    ];

    [Theory]
    [InlineData("number_1dp", 1)]
    [InlineData("number_2dp", 2)]
    [InlineData("number_3dp", 3)]
    [InlineData("number_4dp", 4)]
    [InlineData("number_4dp_comma_decimal", 4)]
    [InlineData("number_1dp_comma_decimal", 1)]
    [InlineData("number", 0)]
    [InlineData("number_comma_decimal", 0)]
    [InlineData("integer", 0)]
    [InlineData("number_dp", 0)]
    [InlineData("number_2dpx", 0)]
    [InlineData("", 0)]
    public void The_places_come_from_the_validation_name(string validation, int places) =>
        Assert.Equal(places, DecimalPlaces.Of(validation));

    [Theory]
    [InlineData("12.50", true)]
    [InlineData("-0.05", true)]
    [InlineData("0.00", true)]
    [InlineData("12.5", false)] // fewer: REDCap's \d{2} wants exactly two
    [InlineData("12.505", false)] // more
    [InlineData("12", false)]
    [InlineData("12.", false)]
    [InlineData(".50", false)] // \d+ before the point
    [InlineData("+12.50", false)] // only -? in REDCap's expression
    [InlineData("1e2.00", false)]
    [InlineData("12,50", false)] // ',' only for the comma forms
    [InlineData("12.5a", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void Two_places_means_exactly_two_as_REDCap_s_expression(string cell, bool matches) =>
        Assert.Equal(matches, DecimalPlaces.Match(cell.AsSpan(), 2, comma: false));

    [Fact]
    public void The_comma_forms_take_a_comma_or_a_point_with_exactly_N_decimals()
    {
        Assert.True(DecimalPlaces.Match("1,5".AsSpan(), 1, comma: true));
        Assert.True(DecimalPlaces.Match("1.5".AsSpan(), 1, comma: true));
        Assert.False(DecimalPlaces.Match("1,54".AsSpan(), 1, comma: true));
        Assert.False(DecimalPlaces.Match("1,5,4".AsSpan(), 1, comma: true));
    }

    [Fact]
    public void A_value_with_other_decimals_is_an_error_at_its_cell_naming_the_validation_in_text_and_utf8()
    {
        var text = "id,weight,height,score\nA,70.25,\"1,8\",3.14159\nB,70.255,1.8,3\nC,70.2,\"1,85\",\nD,70,,\nE,-0.50,\"-1,0\",\n";

        var fromText = Read(CsvRecordReader.ForText(text, "w.csv", Fields));
        var fromUtf8 = Read(CsvRecordReader.ForUtf8(System.Text.Encoding.UTF8.GetBytes(text), "w.csv", Fields));

        Assert.Equal(fromText.Rows, fromUtf8.Rows);
        Assert.Equal(fromText.Errors, fromUtf8.Errors);
        Assert.Equal(
            [
                "w.csv(3,2): error: column 'weight' value '70.255': must have exactly 2 decimal places (e.g. 12.50) (REDCap's 'number_2dp' validation)",
                "w.csv(4,2): error: column 'weight' value '70.2': must have exactly 2 decimal places (e.g. 12.50) (REDCap's 'number_2dp' validation)",
                "w.csv(4,3): error: column 'height' value '1,85': must have exactly 1 decimal place (e.g. 12,5) (REDCap's 'number_1dp_comma_decimal' validation)",
                "w.csv(5,2): error: column 'weight' value '70': must have exactly 2 decimal places (e.g. 12.50) (REDCap's 'number_2dp' validation)",
            ],
            fromText.Errors);
        Assert.Equal((70.25, 1.8, 3.14159), fromText.Rows[0]);
    }

    [Fact]
    public void Values_with_the_right_places_read_as_numbers_and_a_plain_number_field_keeps_any_places()
    {
        var text = "id,weight,height,score\nA,70.25,\"1,8\",3.14159\nB,-0.50,1.8,3\n";

        var (rows, errors) = Read(CsvRecordReader.ForText(text, "w.csv", Fields));

        Assert.Empty(errors);
        Assert.Equal([(70.25, 1.8, 3.14159), (-0.5, 1.8, 3.0)], rows);
    }

    [Fact]
    public void Outside_strict_mode_surrounding_spaces_are_trimmed_first_as_REDCap_does_on_import()
    {
        var text = "id,weight,height,score\nA, 70.25 ,,\n";

        var (lenient, none) = Read(CsvRecordReader.ForText(text, "w.csv", Fields, strict: false));
        var (_, strict) = Read(CsvRecordReader.ForText(text, "w.csv", Fields, strict: true));

        Assert.Empty(none);
        Assert.Equal(70.25, lenient[0].Weight);
        Assert.Equal("w.csv(2,2): error: column 'weight' value ' 70.25 ': must be a number with '.' as the decimal point (e.g. 12.5)", Assert.Single(strict));
    }

    [Fact]
    public void The_writer_writes_a_fixed_decimal_field_with_its_places_so_the_reader_reads_it_back()
    {
        var text = new StringWriter();
        var csv = new CsvRecordWriter(text);
        csv.Header("id,weight,height,score");
        foreach (var (id, weight, height) in new[] { ("A", 70.2, 1.85), ("B", -0.5, 2.0), ("C", 1e40, 0.0) })
        {
            csv.Text(id);
            csv.Number(weight, decimalPlaces: 2);
            csv.Number(height, decimalPlaces: 1);
            csv.Number(3.14159);
            csv.EndRow();
        }

        Assert.StartsWith("id,weight,height,score\nA,70.20,1.9,3.14159\nB,-0.50,2.0,3.14159\nC,1", text.ToString(), StringComparison.Ordinal);
        var (rows, errors) = Read(CsvRecordReader.ForText(text.ToString(), "w.csv", Fields));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal((70.2, 1.9, 3.14159), rows[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => csv.Number(1, decimalPlaces: 0));
    }

    private static (List<(double? Weight, double? Height, double? Score)> Rows, List<string> Errors) Read<T>(CsvRecordReader<T> reader)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var rows = new List<(double?, double?, double?)>();
        while (reader.NextRow())
        {
            _ = reader.Text(0);
            rows.Add((reader.Number(1), reader.Number(2), reader.Number(3)));
        }

        var errors = new List<string>();
        try
        {
            reader.Finish(rows);
        }
        catch (CohortDataException ex)
        {
            errors.AddRange(ex.Errors.Select(e => e.ToString()));
        }

        return (rows, errors);
    }
}
