using BenchmarkDotNet.Attributes;
using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Benchmarks;

/// <summary>Three-group log-rank on 10^6 in-memory rows (KmDataGenerator, seed 20006), and a Monte Carlo permutation on 10^3.</summary>
[MemoryDiagnoser]
public class LogRankBenchmarks
{
    private SurvivalData _data = null!;
    private SurvivalData _small = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = KmDataGenerator.Generate(Rows, 20006);
        _data = SurvivalData.Create(data.Time, data.Status, new SurvivalFactor("group", data.Group, ["1", "2", "3"]));
        var small = KmDataGenerator.Generate(1000, 7);
        _small = SurvivalData.Create(small.Time, small.Status, new SurvivalFactor("group", small.Group, ["1", "2", "3"]));
    }

    [Benchmark(Baseline = true)]
    public double LogRank() => LogRankTest.Compute(_data).ChiSquare;

    [Benchmark]
    public double PetoPeto() => LogRankTest.Compute(_data, LogRankOptions.GRho(1)).ChiSquare;

    [Benchmark]
    public double MonteCarlo1000RowsTenThousandResamples() => PermutationLogRank.MonteCarlo(_small, new PermutationOptions { Resamples = 10_000 }).PValue;
}
