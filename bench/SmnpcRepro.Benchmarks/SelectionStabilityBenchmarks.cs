using BenchmarkDotNet.Attributes;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// The robustness appendix's bootstrap of the whole selection procedure on data/cohort.csv: 1,000 resamples,
/// each 15 log-rank screenings and one Cox fit (the target: under 10 s), on all cores and on one.
/// Run: <c>dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*SelectionStability*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SelectionStabilityBenchmarks
{
    private IReadOnlyList<CohortRecord> _cohort = [];

    /// <summary>Reads the cohort once.</summary>
    [GlobalSetup]
    public void Setup() => _cohort = CohortCsv.Read(Path.Combine(RepositoryRoot(), "data", "cohort.csv")).Records;

    /// <summary>1,000 resamples on every core (as <c>smnpc build</c> runs it).</summary>
    [Benchmark(Baseline = true)]
    public SelectionStabilityResult Bootstrap1000AllCores() => Run(-1);

    /// <summary>The same on one thread (the result is identical).</summary>
    [Benchmark]
    public SelectionStabilityResult Bootstrap1000OneThread() => Run(1);

    private SelectionStabilityResult Run(int threads) =>
        SelectionStability.Run(
            _cohort,
            PaperFactors.All,
            PaperAnalysis.SelectionRuleOf(ConventionsProfile.Spss18),
            ConventionsProfile.Spss18.Ties,
            ConventionsProfile.Spss18.SignificanceLevel,
            RobustnessOptions.Default with { BootstrapResamples = 1000, MaxDegreeOfParallelism = threads });

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmnpcRepro.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SmnpcRepro.sln not found above the benchmark's folder.");
    }
}
