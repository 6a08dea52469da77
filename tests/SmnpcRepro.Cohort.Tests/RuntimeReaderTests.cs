using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>
/// The runtime reader on field kinds the cohort dictionary does not use (dates with bounds, free text),
/// driven with hand-made field descriptions as a generated reader would.
/// </summary>
public sealed class RuntimeReaderTests
{
    private static readonly FieldDescription[] Fields =
    [
        new("id", "Id", "ID", "", FieldKind.Text, "main", true, null, null, [], ""),
        new("seen_on", "SeenOn", "Seen on", "", FieldKind.Date, "main", false, null, null, [], "")
        {
            MinDate = new DateOnly(2010, 1, 1),
            MaxDate = new DateOnly(2020, 12, 31),
        },
        new("note", "Note", "Note", "", FieldKind.Text, "main", false, null, null, [], ""),
    ];

    [Fact]
    public void Dates_text_and_quoted_multiline_cells_read_with_the_right_lines()
    {
        var text = "id,seen_on,note\nA,2015-06-30,\"two\nlines, \"\"quoted\"\"\"\nB,,\nC,2009-12-31,x\nD,2021-01-01,\nE,30/06/2015,\n";

        var reader = CsvRecordReader.ForText(text, "visits.csv", Fields);
        var rows = new List<(string? Id, DateOnly? Seen, string? Note, int Line)>();
        while (reader.NextRow())
        {
            rows.Add((reader.Text(0), reader.Date(1), reader.Text(2), reader.Line));
        }

        Assert.Equal(("A", new DateOnly(2015, 6, 30), "two\nlines, \"quoted\"", 2), rows[0]);
        Assert.Equal(("B", null, null, 4), rows[1]);
        var errors = Assert.Throws<CohortDataException>(() => reader.Finish(rows)).Errors;
        Assert.Equal(
            [
                "visits.csv(5,2): error: column 'seen_on' value '2009-12-31': is before the field's minimum 2010-01-01",
                "visits.csv(6,2): error: column 'seen_on' value '2021-01-01': is after the field's maximum 2020-12-31",
                "visits.csv(7,2): error: column 'seen_on' value '30/06/2015': must be a date written yyyy-MM-dd (e.g. 2017-12-31)",
            ],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Utf8_bytes_read_like_text_including_non_ascii_labels_and_a_bom()
    {
        FieldDescription[] fields =
        [
            new("id", "Id", "ID", "", FieldKind.Integer, "main", true, null, null, [], ""),
            new("grade", "Grade", "Grade", "", FieldKind.Categorical, "main", true, null, null, [new(1, "≤ 60 Jahre"), new(2, "Männlich")], ""),
            new("note", "Note", "Note", "", FieldKind.Text, "main", false, null, null, [], ""),
        ];
        var text = "\uFEFFid,grade,note\r\n1,≤ 60 Jahre,\"größer, \"\"ä\"\"\"\r\n2,2,\r\n3,Mannlich,ü\r\n";

        var fromText = Read(CsvRecordReader.ForText(text, "t.csv", fields));
        var fromUtf8 = Read(CsvRecordReader.ForUtf8(System.Text.Encoding.UTF8.GetBytes(text), "t.csv", fields));

        Assert.Equal(fromText.Rows, fromUtf8.Rows);
        Assert.Equal(fromText.Errors, fromUtf8.Errors);
        Assert.Equal((1, 1, "größer, \"ä\""), fromUtf8.Rows[0]);
        Assert.Equal((2, 2, (string?)null), fromUtf8.Rows[1]);
        Assert.Equal("t.csv(4,2): error: column 'grade' value 'Mannlich': is not one of the field's choices: 1 (≤ 60 Jahre), 2 (Männlich)", Assert.Single(fromUtf8.Errors));

        static (List<(int?, int?, string?)> Rows, List<string> Errors) Read<T>(CsvRecordReader<T> reader)
            where T : unmanaged, System.Numerics.IBinaryInteger<T>
        {
            var rows = new List<(int?, int?, string?)>();
            while (reader.NextRow())
            {
                rows.Add((reader.Integer(0), reader.Choice(1), reader.Text(2)));
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

    [Fact]
    public void Choice_codes_outside_the_fast_range_and_labels_are_read()
    {
        FieldDescription[] fields =
        [
            new("id", "Id", "ID", "", FieldKind.Integer, "main", true, null, null, [], ""),
            new("answer", "Answer", "Answer", "", FieldKind.Categorical, "main", false, null, null, [new(1, "Yes"), new(99, "Unknown"), new(-1, "Refused"), new(64, "Other")], ""),
        ];

        var reader = CsvRecordReader.ForText("id,answer\n1,99\n2,-1\n3,64\n4,Refused\n5,1\n6,\n7,2\n", "a.csv", fields);
        var codes = new List<int?>();
        while (reader.NextRow())
        {
            _ = reader.Integer(0);
            codes.Add(reader.Choice(1));
        }

        Assert.Equal([99, -1, 64, -1, 1, null, null], codes);
        var error = Assert.Single(Assert.Throws<CohortDataException>(() => reader.Finish(codes)).Errors);
        Assert.Equal((8, "2"), (error.Line, error.Value));
    }

    [Fact]
    public void Text_ids_must_be_unique()
    {
        var reader = CsvRecordReader.ForText("id,seen_on,note\nA,,\nB,,\nA,,\n", "visits.csv", Fields);
        while (reader.NextRow())
        {
            _ = reader.Text(0);
        }

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => reader.Finish(Array.Empty<int>())).Errors);
        Assert.Equal((4, 1, "duplicate record id (first used on line 2)"), (error.Line, error.Column, error.Rule));
    }

    [Fact]
    public void Missing_values_are_counted_and_returned_with_the_records()
    {
        var reader = CsvRecordReader.ForText("id,seen_on,note\nA,,\nB,2012-01-01,\n", "visits.csv", Fields);
        while (reader.NextRow())
        {
            _ = (reader.Text(0), reader.Date(1), reader.Text(2));
        }

        var set = reader.Finish(new[] { 1, 2 });

        Assert.Equal([0, 1, 2], set.Missing.Select(m => m.Count));
    }

    [Fact]
    public void Canonical_cells_are_invariant_and_quoted_only_when_needed()
    {
        Assert.Equal("1E-05", CsvCell.Of(0.00001));
        Assert.Equal(string.Empty, CsvCell.Of((double?)null));
        Assert.Equal("2017-12-31", CsvCell.Of(new DateOnly(2017, 12, 31)));
        Assert.Equal("0", CsvCell.Of(false));
        Assert.Equal("plain", CsvCell.Of("plain"));
        Assert.Equal("\"a,b \"\"c\"\"\"", CsvCell.Of("a,b \"c\""));
    }
}
