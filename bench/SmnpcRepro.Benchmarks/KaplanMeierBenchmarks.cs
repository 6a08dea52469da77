using BenchmarkDotNet.Attributes;
using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.KaplanMeier;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Benchmarks;

/// <summary>Kaplan–Meier on 10^6 in-memory rows (KmDataGenerator, seed 20006): one curve, and three.</summary>
[MemoryDiagnoser]
public class KaplanMeierBenchmarks
{
    private SurvivalData _single = null!;
    private SurvivalData _grouped = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = KmDataGenerator.Generate(Rows, 20006);
        _single = SurvivalData.Create(data.Time, data.Status);
        _grouped = SurvivalData.Create(data.Time, data.Status, new SurvivalFactor("group", data.Group, ["1", "2", "3"]));
    }

    [Benchmark(Baseline = true)]
    public double OneCurve() => KM.Fit(_single).Curves[0].Median().Time;

    [Benchmark]
    public double ThreeCurves() => KM.Fit(_grouped).Curves[2].Median().Time;
}
