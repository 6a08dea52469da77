using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// The shapes REDCap gives one project's records, on REDCapR's longitudinal project (95 fields, 12 events,
/// five checkboxes, labels shared by up to four fields): label export, field subset, de-identified, and
/// values outside the validation range.
/// </summary>
public sealed class ExportShapeTests
{
    private static readonly string Raw = Corpus.File("redcapr/longitudinal/data.csv");

    [Fact]
    public void The_label_export_reads_as_the_raw_export_repeated_headers_resolved_by_position()
    {
        var labels = LabelExport.From(Raw, RedcaprLongitudinalFields.All);
        Assert.Equal(4, labels.Split('\n')[0].Split(',').Count(h => h == "Serum Prealbumin (mg/dL)"));
        Assert.True(labels.Split('\n')[0].Split(',').Count(h => h == "Complete?") > 1);
        Assert.Contains(",Checked,", labels, StringComparison.Ordinal);

        var raw = RedcaprLongitudinalCsv.Read(Raw);
        var labelled = RedcaprLongitudinalCsv.Parse(labels, "labels.csv");

        // The label export names events by label, '<event> (Arm 1: <arm>)': the same rows, arms and data.
        Assert.Contains("enrollment (Arm 1: Arm 1)", labels, StringComparison.Ordinal);
        Assert.Equal(raw.Records.Select(r => r with { RedcapEventName = null }), labelled.Records.Select(r => r with { RedcapEventName = null }));
        Assert.Equal(
            raw.Records.Select(r => r.RedcapEventName).Distinct().Count(),
            labelled.Records.Select(r => r.RedcapEventName).Distinct().Count());
    }

    [Fact]
    public void A_field_subset_export_reads_the_absent_fields_as_missing()
    {
        // REDCap's export of selected fields: the identifiers, one checkbox and a date are left out.
        string[] dropped = ["first_name", "last_name", "telephone_1", "email", "dob", "gym___0", "gym___1", "gym___2", "gym___3", "gym___4"];
        var subset = WithoutColumns(File.ReadAllText(Raw), dropped);

        var full = RedcaprLongitudinalCsv.Read(Raw);
        var part = RedcaprLongitudinalCsv.Parse(subset, "subset.csv");

        Assert.Equal(full.Count, part.Count);
        Assert.All(part.Records, r => Assert.Equal((null, null, null, null, null, null), (r.FirstName, r.LastName, r.Telephone1, r.Email, r.Dob, r.Gym)));
        Assert.Equal(full.Records.Select(r => r with { FirstName = null, LastName = null, Telephone1 = null, Email = null, Dob = null, Gym = null }), part.Records);
        Assert.Equal(full.Count, part.MissingCount("first_name"));
    }

    [Fact]
    public void Out_of_range_values_are_kept_and_counted_per_field_as_REDCap_warns()
    {
        // height is number 130–215 and weight integer 35–200 in the dictionary; REDCap lets a user save
        // 300 cm and 20 kg after a warning, and exports them.
        var text = File.ReadAllText(Raw);
        var set = RedcaprLongitudinalCsv.Parse(SetCell(SetCell(SetCell(text, 1, "height", "300"), 2, "height", "12.5"), 1, "weight", "20"), "range.csv");

        Assert.Equal(300, set.Records[0].Height);
        Assert.Equal(20, set.Records[0].Weight);
        Assert.Equal(
            [
                new FieldWarning("height", "is above the field's maximum 215", 1, 2),
                new FieldWarning("height", "is below the field's minimum 130", 1, 3),
                new FieldWarning("weight", "is below the field's minimum 35", 1, 2),
            ],
            set.Warnings);
    }

    [Fact]
    public void A_repeated_row_of_one_record_event_and_instance_is_a_true_duplicate()
    {
        var lines = File.ReadAllText(Raw).Split('\n');
        var text = string.Join('\n', lines.Take(3).Append(lines[1])) + "\n"; // line 4 repeats line 2

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => RedcaprLongitudinalCsv.Parse(text, "dup.csv")).Errors);

        Assert.Equal((4, 1, "study_id"), (error.Line, error.Column, error.Field));
        Assert.Equal("duplicate row: record '100', event 'enrollment_arm_1', repeat '' # (first on line 2)", error.Rule);
    }

    [Fact]
    public void A_broken_cell_still_fails_with_file_line_and_column()
    {
        var text = SetCell(File.ReadAllText(Raw), 3, "height", "tall");

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => RedcaprLongitudinalCsv.Parse(text, "broken.csv")).Errors);

        var column = File.ReadLines(Raw).First().Split(',').ToList().IndexOf("height") + 1;
        Assert.Equal($"broken.csv(4,{column}): error: column 'height' value 'tall': must be a number with '.' as the decimal point (e.g. 12.5)", error.ToString());
    }

    private static string WithoutColumns(string csv, string[] dropped)
    {
        var rows = Rows(csv);
        var keep = rows[0].Select((h, i) => (h, i)).Where(x => !dropped.Contains(x.h)).Select(x => x.i).ToArray();
        return string.Concat(rows.Select(r => string.Join(',', keep.Select(i => CsvCell.Quote(r[i]))) + "\n"));
    }

    /// <summary>Sets the cell of data row <paramref name="row"/> (1 = first data row) in column <paramref name="column"/>.</summary>
    private static string SetCell(string csv, int row, string column, string value)
    {
        var rows = Rows(csv);
        rows[row][Array.IndexOf(rows[0], column)] = value;
        return string.Concat(rows.Select(r => string.Join(',', r.Select(CsvCell.Quote)) + "\n"));
    }

    private static List<string[]> Rows(string csv)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(csv)) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
