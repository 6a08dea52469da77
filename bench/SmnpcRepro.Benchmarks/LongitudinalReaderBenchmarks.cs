using BenchmarkDotNet.Attributes;
using SmnpcRepro.Benchmarks.Longitudinal;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// Reading 10^6 rows of a longitudinal, repeating export (250,000 records × 4 rows: three events and a
/// repeat instance, keyed by record id + event + instance, each record carrying its event, arm and
/// instance) against today's reader on the cohort's layout (10^6 one-row records, strict). Both files hold
/// the same field values row for row; the longitudinal one has REDCap's three extra columns. Issue 14's
/// target: at most 1.2× the cohort-layout time. Run:
/// <c>dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*LongitudinalReader*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LongitudinalReaderBenchmarks
{
    private const int Rows = 1_000_000;
    private static readonly string[] Events = ["baseline_arm_1", "month_3_arm_1", "month_6_arm_1", "month_12_arm_1"];
    private string _cohortPath = string.Empty;
    private string _longitudinalPath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _cohortPath = Path.Combine(Path.GetTempPath(), "smnpc-bench-cohort-layout-1e6.csv");
        _longitudinalPath = Path.Combine(Path.GetTempPath(), "smnpc-bench-longitudinal-1e6.csv");
        CohortReaderBenchmarks.WriteSyntheticCohort(_cohortPath, Rows, seed: 20240601);
        WriteLongitudinal(_cohortPath, _longitudinalPath);

        var cohort = CohortCsv.Read(_cohortPath);
        var longitudinal = LongitudinalCohortCsv.Read(_longitudinalPath);
        if (cohort.Count != Rows || longitudinal.Count != Rows
            || longitudinal.Records.Select(r => r.RecordId).Distinct().Count() != Rows / 4
            || longitudinal.Records.Count(r => r.RedcapRepeatInstance is not null) != Rows / 4)
        {
            throw new InvalidOperationException("The two files do not hold what the benchmark says.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_cohortPath);
        File.Delete(_longitudinalPath);
    }

    [Benchmark(Baseline = true)]
    public int CohortLayoutStrict() => CohortCsv.Read(_cohortPath).Count;

    /// <summary>The cohort-layout file read by REDCap's rules (nullable fields, soft checks, no event column): separates the cost of the rules from the cost of the keys.</summary>
    [Benchmark]
    public int CohortLayoutRedcapRules() => LongitudinalCohortCsv.Read(_cohortPath).Count;

    [Benchmark]
    public int LongitudinalExport() => LongitudinalCohortCsv.Read(_longitudinalPath).Count;

    /// <summary>Row i of the cohort file becomes record i/4+1 on event i%4; the fourth row of each record is instance 1 of a repeating instrument.</summary>
    private static void WriteLongitudinal(string cohortPath, string path)
    {
        using var reader = new StreamReader(cohortPath);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        var header = reader.ReadLine()!;
        var comma = header.IndexOf(',', StringComparison.Ordinal);
        writer.Write(header[..comma] + ",redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance" + header[comma..] + "\n");
        var i = 0;
        while (reader.ReadLine() is { } line)
        {
            var rest = line[line.IndexOf(',', StringComparison.Ordinal)..];
            var id = ((i / 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var repeat = i % 4 == 3 ? ",follow_up,1" : ",,";
            writer.Write(id + "," + Events[i % 4] + repeat + rest + "\n");
            i++;
        }
    }
}
