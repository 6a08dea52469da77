namespace SmnpcRepro.Cohort.Tests;

/// <summary>REDCap's label export: choice labels instead of codes, and optionally labels instead of variable names in the header.</summary>
public sealed class LabelExportTests
{
    private static readonly string Raw = CohortRows.File(
        CohortRows.Row(1),
        CohortRows.Row(2, "sex=2", "pathology=2", "frankel_preop=3", "visceral_mets=2", "surgical_option=3", "death=0"));

    [Fact]
    public void Choice_labels_read_as_their_codes_including_yes_no()
    {
        var labels = CohortRows.File(
            CohortRows.Row(1, "sex=Male", "pathology=Differentiated", "frankel_preop=E", "visceral_mets=None", "spine_level=Thoracic",
                "spine_mets_number=Single", "metastasis_timing=Synchronous", "surgical_option=En bloc", "death=Yes"),
            CohortRows.Row(2, "sex=Female", "pathology=Undifferentiated", "frankel_preop=C", "visceral_mets=Multiple", "surgical_option=Debulking/subtotal", "death=No"));

        Assert.Equal(CohortCsv.Parse(Raw, "raw.csv").Records, CohortCsv.Parse(labels, "labels.csv").Records);
    }

    [Fact]
    public void Label_headers_read_like_variable_names()
    {
        var header = string.Join(',', CohortFields.All.Select(f => Runtime.CsvCell.Quote(f.Label)));
        var labelled = header + Raw[CohortCsv.Header.Length..];

        Assert.Equal(CohortCsv.Parse(Raw, "raw.csv").Records, CohortCsv.Parse(labelled, "labels.csv").Records);
    }

    [Fact]
    public void Redcap_system_columns_are_skipped()
    {
        var extra = "redcap_event_name,demographics_complete," + CohortCsv.Header + ",follow_up_complete\n"
            + string.Concat(Raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => "baseline_arm_1,2," + r + ",2\n"));

        Assert.Equal(CohortCsv.Parse(Raw, "raw.csv").Records, CohortCsv.Parse(extra, "export.csv").Records);
    }

    [Fact]
    public void Labels_are_matched_exactly()
    {
        var ex = Assert.Throws<Runtime.CohortDataException>(() => CohortCsv.Parse(CohortRows.File(CohortRows.Row(1, "death=yes")), "labels.csv"));

        Assert.Equal("is not one of the field's choices: 1 (Yes), 0 (No)", Assert.Single(ex.Errors).Rule);
    }

    [Fact]
    public void Labels_are_available_at_run_time()
    {
        Assert.Equal("Debulking/subtotal", SurgicalOption.DebulkingSubtotal.Label());
        Assert.Equal("Female", CohortFields.Sex.LevelLabel(2));
        Assert.Equal("Hb (g/dL)", CohortFields.Hb.LabelWithUnit);
        Assert.Equal("Death", CohortFields.Death.LabelWithUnit);
        Assert.Equal(["Yes", "No"], CohortFields.Death.Levels.Select(l => l.Label));
        Assert.True(CohortFields.All.Count >= 21, "the cohort's 21 fields, and any an author adds");
        Assert.Equal(CohortCsv.Header, string.Join(',', CohortFields.All.Select(f => f.Name)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Sex)9).Label());
    }
}
