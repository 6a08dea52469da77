using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// The generated cohort reader (every dictionary rule checked, every error collected) against
/// CsvHelper's typed reader (no rule checked) on the same 10^6-row cohort file, both building the same
/// <see cref="CohortRecord"/>s from disk. Run:
/// <c>dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*CohortReader*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CohortReaderBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = string.Empty;

    private static readonly CsvReaderOptions CsvHelperOptions = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        NormalizeHeaderName = ToPascalCase,
        TrueValues = ["1"],
        FalseValues = ["0"],
    };

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "smnpc-bench-cohort-1e6.csv");
        CohortCsv.WriteFile(_path, SyntheticCohort(Rows, seed: 20240601));

        // Both readers must build the same records, or the comparison means nothing.
        var ours = CohortCsv.Read(_path).Records;
        var theirs = ReadWithCsvHelper();
        if (!ours.SequenceEqual(theirs))
        {
            throw new InvalidOperationException("CsvHelper and the generated reader read different records.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int CsvHelperTypedReader() => ReadWithCsvHelper().Count;

    [Benchmark]
    public int GeneratedReader() => CohortCsv.Read(_path).Count;

    private List<CohortRecord> ReadWithCsvHelper()
    {
        using var csv = CsvReader.FromFile(_path, CsvHelperOptions);
        return csv.GetRecords<CohortRecord>().ToList();
    }

    private static string ToPascalCase(string header) =>
        string.Concat(header.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    internal static IEnumerable<CohortRecord> SyntheticCohort(int rows, int seed)
    {
        var random = new Random(seed);
        double Round(double value) => Math.Round(value, 1);
        double? Sometimes(double value) => random.Next(10) == 0 ? null : value;
        for (var id = 1; id <= rows; id++)
        {
            yield return new CohortRecord(
                id,
                (Sex)random.Next(1, 3),
                random.Next(18, 90),
                (Pathology)random.Next(1, 3),
                random.Next(4, 10) * 10,
                (FrankelPreop)random.Next(1, 6),
                (VisceralMets)random.Next(0, 3),
                (SpineLevel)random.Next(1, 5),
                (SpineMetsNumber)random.Next(1, 3),
                (MetastasisTiming)random.Next(1, 3),
                Round(random.NextDouble() * 120),
                Sometimes(Round(8 + (random.NextDouble() * 8))),
                Sometimes(Round(30 + (random.NextDouble() * 15))),
                Sometimes(Round(100 + (random.NextDouble() * 400))),
                Sometimes(Round(50 + (random.NextDouble() * 300))),
                random.Next(10) == 0 ? null : random.Next(0, 101),
                (SurgicalOption)random.Next(1, 4),
                random.Next(100, 3000),
                random.Next(60, 600),
                Round(random.NextDouble() * 96),
                random.Next(2) == 0);
        }
    }
}
