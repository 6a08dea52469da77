using System.Globalization;
using BenchmarkDotNet.Attributes;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// The generated cohort reader (every dictionary rule checked, every error collected) on a 10^6-row cohort file.
/// (The comparison with CsvHelper's typed reader is gone: since the generated record carries the REDCap event
/// properties, which a plain cohort file has no columns for, CsvHelper's mapper refuses the file.) Run:
/// <c>dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*CohortReader*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CohortReaderBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "smnpc-bench-cohort-1e6.csv");
        WriteSyntheticCohort(_path, Rows, seed: 20240601);
        if (CohortCsv.Read(_path).Count != Rows)
        {
            throw new InvalidOperationException("The synthetic cohort file does not hold what the benchmark says.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int GeneratedReader() => CohortCsv.Read(_path).Count;

    /// <summary>
    /// Writes a synthetic cohort file of <paramref name="rows"/> rows, cell by dictionary field name (as the
    /// reconstruction's synthesizer does), so a field added to the dictionary never breaks the benchmarks: a field
    /// named here that the dictionary lacks is skipped, and a field the dictionary has that is not named here is left
    /// empty.
    /// </summary>
    internal static void WriteSyntheticCohort(string path, int rows, int seed)
    {
        var random = new Random(seed);
        string Round(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
        string Sometimes(string value) => random.Next(10) == 0 ? string.Empty : value;
        string Whole(int from, int to) => random.Next(from, to).ToString(CultureInfo.InvariantCulture);
        var cells = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
        {
            ["record_id"] = id => id.ToString(CultureInfo.InvariantCulture),
            ["sex"] = _ => Whole(1, 3),
            ["age"] = _ => Whole(18, 90),
            ["pathology"] = _ => Whole(1, 3),
            ["kps_preop"] = _ => (random.Next(4, 10) * 10).ToString(CultureInfo.InvariantCulture),
            ["frankel_preop"] = _ => Whole(1, 6),
            ["visceral_mets"] = _ => Whole(0, 3),
            ["spine_level"] = _ => Whole(1, 5),
            ["spine_mets_number"] = _ => Whole(1, 3),
            ["metastasis_timing"] = _ => Whole(1, 3),
            ["mit"] = _ => Round(random.NextDouble() * 120),
            ["hb"] = _ => Sometimes(Round(8 + (random.NextDouble() * 8))),
            ["alb"] = _ => Sometimes(Round(30 + (random.NextDouble() * 15))),
            ["ldh"] = _ => Sometimes(Round(100 + (random.NextDouble() * 400))),
            ["alp"] = _ => Sometimes(Round(50 + (random.NextDouble() * 300))),
            ["ki67"] = _ => Sometimes(Whole(0, 101)),
            ["surgical_option"] = _ => Whole(1, 4),
            ["blood_loss"] = _ => Whole(100, 3000),
            ["operation_time"] = _ => Whole(60, 600),
            ["os_months"] = _ => Round(random.NextDouble() * 96),
            ["death"] = _ => Whole(0, 2),
        };
        var header = CohortCsv.Header.Split(',');
        using var writer = new StreamWriter(path);
        writer.Write(CohortCsv.Header);
        writer.Write('\n');
        for (var id = 1; id <= rows; id++)
        {
            for (var c = 0; c < header.Length; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                if (cells.TryGetValue(header[c], out var cell))
                {
                    writer.Write(cell(id));
                }
            }

            writer.Write('\n');
        }
    }
}
