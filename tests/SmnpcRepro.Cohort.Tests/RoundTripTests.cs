using System.Text;

namespace SmnpcRepro.Cohort.Tests;

/// <summary>
/// The writer's canonical form: reading a canonical file and writing it back gives the same bytes, and
/// anything the writer writes reads back to equal records.
/// </summary>
public sealed class RoundTripTests
{
    /// <summary>Canonical: dictionary header, LF after every line, codes, 1/0, shortest round-trip numbers, empty for missing.</summary>
    private static readonly string Canonical = CohortRows.File(
        CohortRows.Row(1),
        CohortRows.Row(2, "sex=2", "hb=", "alb=", "ldh=", "alp=", "ki67=", "death=0"),
        CohortRows.Row(3, "mit=0.1", "os_months=1E-05", "hb=3", "ldh=9999.999999999998", "alp=-0"));

    [Fact]
    public void Reading_then_writing_a_canonical_file_gives_the_same_text()
    {
        var set = CohortCsv.Parse(Canonical, "cohort.csv");

        Assert.Equal(Canonical, CohortCsv.Write(set.Records));
    }

    [Fact]
    public void Reading_then_writing_a_canonical_file_gives_the_same_bytes_on_disk()
    {
        var dir = Directory.CreateTempSubdirectory("smnpc-roundtrip-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.csv");
            var output = Path.Combine(dir.FullName, "out.csv");
            File.WriteAllBytes(input, Encoding.UTF8.GetBytes(Canonical));

            CohortCsv.WriteFile(output, CohortCsv.Read(input).Records);

            Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(output));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_non_canonical_file_is_written_canonically()
    {
        var loose = "\uFEFF" + CohortRows.File(CohortRows.Row(1, "sex=Male", "mit=24.50", "death=\"1\"")).Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(CohortRows.File(CohortRows.Row(1)), CohortCsv.Write(CohortCsv.Parse(loose, "loose.csv").Records));
    }

    [Fact]
    public void Writing_does_not_depend_on_the_current_culture()
    {
        var records = CohortCsv.Parse(Canonical, "cohort.csv").Records;
        var before = CultureInfoSwap.Run("de-DE", () => CohortCsv.Write(records));

        Assert.Equal(Canonical, before);
        Assert.Equal(records, CultureInfoSwap.Run("de-DE", () => CohortCsv.Parse(Canonical, "cohort.csv").Records));
    }
}
