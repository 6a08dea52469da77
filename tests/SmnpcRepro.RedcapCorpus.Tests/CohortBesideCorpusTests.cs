namespace SmnpcRepro.RedcapCorpus.Tests;

/// <summary>The cohort's dictionary, generated here beside the whole corpus, reads data/cohort.csv exactly as the Cohort project does.</summary>
public sealed class CohortBesideCorpusTests
{
    [Fact]
    public void Data_cohort_reads_the_same_records_beside_the_corpus()
    {
        var path = Path.Combine(Corpus.Repository, "data", "cohort.csv");

        var here = CohortCsv.Read(path);
        var there = SmnpcRepro.Cohort.CohortCsv.Read(path);

        Assert.Equal(30, here.Count);
        Assert.Equal(SmnpcRepro.Cohort.CohortCsv.Write(there.Records), CohortCsv.Write(here.Records));
        Assert.Equal(File.ReadAllText(path), CohortCsv.Write(here.Records));
        Assert.Empty(here.Warnings);
        Assert.All(here.Records, r => Assert.Equal((null, null, null, null), (r.RedcapEventName, r.RedcapArm, r.RedcapRepeatInstrument, r.RedcapRepeatInstance)));
    }
}
