using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>Every record export of the corpus with the generated reader of its project's dictionary.</summary>
internal static class Exports
{
    public static readonly IReadOnlyDictionary<string, Func<string, ReadSummary>> Readers = new Dictionary<string, Func<string, ReadSummary>>
    {
        ["redcapr/simple/data.csv"] = p => ReadSummary.Of(RedcaprSimpleCsv.Read(p), r => r.RecordId),
        ["redcapr/longitudinal/data.csv"] = p => ReadSummary.Of(RedcaprLongitudinalCsv.Read(p), r => r.StudyId),
        ["redcapr/repeating-instruments/data.csv"] = p => ReadSummary.Of(RedcaprRepeatingCsv.Read(p), r => r.RecordId),
        ["redcapr/validation-types-1/data.csv"] = p => ReadSummary.Of(RedcaprValidationTypesCsv.Read(p), r => r.RecordId),
        ["redcapr/survey/data.csv"] = p => ReadSummary.Of(RedcaprSurveyCsv.Read(p), r => r.ParticipantId),
        ["redcapr/clinical-trial-1/data.csv"] = p => ReadSummary.Of(RedcaprClinicalTrialCsv.Read(p), r => r.RecordId),
        ["redcapr/potentially-problematic-dictionary/data.csv"] = p => ReadSummary.Of(RedcaprProblematicCsv.Read(p), r => r.RecordId),
        ["redcapr/nonnumeric-record-id/data.csv"] = p => ReadSummary.Of(RedcaprNonnumericIdCsv.Read(p), r => r.RecordId),
        ["redcapr/decimal-comma/data.csv"] = p => ReadSummary.Of(RedcaprDecimalCommaCsv.Read(p), r => r.RecordId),
        ["redcapapi/TestRedcapAPI_Records.csv"] = p => ReadSummary.Of(RedcapapiTestCsv.Read(p), r => r.RecordId),
        ["redcapapi/extdata-data.csv"] = p => ReadSummary.Of(RedcapapiExtdataCsv.Read(p), r => r.RecordId),
        ["redcap-rsvc/B316700100_DATA_ACCURATE.csv"] = p => ReadSummary.Of(RsvcProject1Csv.Read(p), r => r.RecordId),
        ["redcap-rsvc/B316800100_W_REPEATS.csv"] = p => ReadSummary.Of(RsvcProject1Csv.Read(p), r => r.RecordId),
    };

    /// <summary>Reads each export that reads, writes its records in the canonical form and reads that back: true when the records are equal.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string, bool>> RoundTrips = new Dictionary<string, Func<string, bool>>
    {
        ["redcapr/longitudinal/data.csv"] = p => RoundTrip(RedcaprLongitudinalCsv.Read(p).Records, RedcaprLongitudinalCsv.Write, t => RedcaprLongitudinalCsv.Parse(t, "rt.csv").Records),
        ["redcapr/repeating-instruments/data.csv"] = p => RoundTrip(RedcaprRepeatingCsv.Read(p).Records, RedcaprRepeatingCsv.Write, t => RedcaprRepeatingCsv.Parse(t, "rt.csv").Records),
        ["redcapr/validation-types-1/data.csv"] = p => RoundTrip(RedcaprValidationTypesCsv.Read(p).Records, RedcaprValidationTypesCsv.Write, t => RedcaprValidationTypesCsv.Parse(t, "rt.csv").Records),
        ["redcapr/survey/data.csv"] = p => RoundTrip(RedcaprSurveyCsv.Read(p).Records, RedcaprSurveyCsv.Write, t => RedcaprSurveyCsv.Parse(t, "rt.csv").Records),
        ["redcapr/clinical-trial-1/data.csv"] = p => RoundTrip(RedcaprClinicalTrialCsv.Read(p).Records, RedcaprClinicalTrialCsv.Write, t => RedcaprClinicalTrialCsv.Parse(t, "rt.csv").Records),
        ["redcapr/nonnumeric-record-id/data.csv"] = p => RoundTrip(RedcaprNonnumericIdCsv.Read(p).Records, RedcaprNonnumericIdCsv.Write, t => RedcaprNonnumericIdCsv.Parse(t, "rt.csv").Records),
        ["redcapr/decimal-comma/data.csv"] = p => RoundTrip(RedcaprDecimalCommaCsv.Read(p).Records, RedcaprDecimalCommaCsv.Write, t => RedcaprDecimalCommaCsv.Parse(t, "rt.csv").Records),
        ["redcapapi/TestRedcapAPI_Records.csv"] = p => RoundTrip(RedcapapiTestCsv.Read(p).Records, RedcapapiTestCsv.Write, t => RedcapapiTestCsv.Parse(t, "rt.csv").Records),
        ["redcapapi/extdata-data.csv"] = p => RoundTrip(RedcapapiExtdataCsv.Read(p).Records, RedcapapiExtdataCsv.Write, t => RedcapapiExtdataCsv.Parse(t, "rt.csv").Records),
        ["redcap-rsvc/B316800100_W_REPEATS.csv"] = p => RoundTrip(RsvcProject1Csv.Read(p).Records, RsvcProject1Csv.Write, t => RsvcProject1Csv.Parse(t, "rt.csv").Records),
    };

    private static bool RoundTrip<T>(IReadOnlyList<T> records, Func<IEnumerable<T>, string> write, Func<string, IReadOnlyList<T>> parse)
    {
        var again = parse(write(records));
        return records.Count > 0 && records.SequenceEqual(again);
    }

    /// <summary>The dictionary of each export's project.</summary>
    public static readonly IReadOnlyDictionary<string, string> DictionaryOf = new Dictionary<string, string>
    {
        ["redcapr/simple/data.csv"] = "redcapr/simple/dictionary.csv",
        ["redcapr/longitudinal/data.csv"] = "redcapr/longitudinal/dictionary.csv",
        ["redcapr/repeating-instruments/data.csv"] = "redcapr/repeating-instruments/dictionary.csv",
        ["redcapr/validation-types-1/data.csv"] = "redcapr/validation-types-1/dictionary.csv",
        ["redcapr/survey/data.csv"] = "redcapr/survey/dictionary.csv",
        ["redcapr/clinical-trial-1/data.csv"] = "redcapr/clinical-trial-1/dictionary.csv",
        ["redcapr/potentially-problematic-dictionary/data.csv"] = "redcapr/potentially-problematic-dictionary/dictionary.csv",
        ["redcapr/nonnumeric-record-id/data.csv"] = "redcapr/nonnumeric-record-id/dictionary.csv",
        ["redcapr/decimal-comma/data.csv"] = "redcapr/decimal-comma/dictionay.csv",
        ["redcapapi/TestRedcapAPI_Records.csv"] = "redcapapi/TestRedcapAPI_DataDictionary.csv",
        ["redcapapi/extdata-data.csv"] = "redcapapi/extdata-metadata.csv",
        ["redcap-rsvc/B316700100_DATA_ACCURATE.csv"] = "redcap-rsvc/Project1xml_DataDictionary.csv",
        ["redcap-rsvc/B316800100_W_REPEATS.csv"] = "redcap-rsvc/Project1xml_DataDictionary.csv",
    };

    public static TheoryData<string> All() => new(Readers.Keys);

    /// <summary>Reads one export; the data errors (file(line,column): …) as text when it does not read.</summary>
    public static (ReadSummary? Summary, string Errors) Try(string relative)
    {
        try
        {
            return (Readers[relative](Corpus.File(relative)), string.Empty);
        }
        catch (CohortDataException e)
        {
            return (null, string.Join('\n', e.Errors.Select(x => x.ToString().Replace(Corpus.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))));
        }
    }
}
