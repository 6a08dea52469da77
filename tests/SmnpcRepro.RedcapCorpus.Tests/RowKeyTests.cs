using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>
/// The key of a longitudinal export's row (record id + event + repeat instrument + instance) through each of
/// the reader's key tables: the usual whole-number ids (a chain per id), whole numbers far beyond the file's
/// row count (packed 64-bit keys), and text ids (the general table). Expected lines are read off the rows
/// built here from REDCapR's longitudinal export.
/// </summary>
public sealed class RowKeyTests
{
    private static readonly string[] Lines = File.ReadAllText(Corpus.File("redcapr/longitudinal/data.csv")).Split('\n');

    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("abc")]
    public void A_repeated_key_is_a_duplicate_naming_its_first_line_whatever_the_id(string id)
    {
        // Lines 2 and 3 are record 100's first two events; line 4 repeats line 2's key under the same id.
        var text = string.Join('\n', Lines[0], WithId(Lines[1], id), WithId(Lines[2], id), WithId(Lines[1], id)) + "\n";

        var error = Assert.Single(Assert.Throws<CohortDataException>(() => RedcaprLongitudinalCsv.Parse(text, "dup.csv")).Errors);

        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.EndsWith("(first on line 2)", error.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("abc")]
    public void One_record_on_several_events_is_no_duplicate(string id)
    {
        var text = string.Join('\n', Lines[0], WithId(Lines[1], id), WithId(Lines[2], id), WithId(Lines[3], id)) + "\n";

        Assert.Equal(3, RedcaprLongitudinalCsv.Parse(text, "events.csv").Records.Count);
    }

    private static string WithId(string line, string id) => id + line[line.IndexOf(',', StringComparison.Ordinal)..];
}
