using BenchmarkDotNet.Attributes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// <c>CoxModel.Fit</c> on in-memory data shaped like shared/reference/timing/coxph_n1e*_p10 (10 covariates,
/// exponential times with hazard exp(x'β), about 30% censored, times rounded to 2 decimals so that many
/// are tied), Efron and Breslow. R's coxph takes about 0.61 / 0.39 s at n = 10^5 and 8.4 / 6.1 s at 10^6 on
/// this kind of machine. Run: dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*Cox*'.
/// </summary>
[MemoryDiagnoser]
public class CoxBenchmarks
{
    private CoxData _data = null!;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        double[] beta = [0.5, -0.5, 0.25, -0.25, 0.3, -0.3, 0.2, -0.2, 0.1, 0];
        var random = new Random(10006);
        var columns = new double[10][];
        for (var j = 0; j < 10; j++)
        {
            columns[j] = new double[Rows];
        }

        var time = new double[Rows];
        var status = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < 10; j++)
            {
                var x = Normal(random);
                columns[j][i] = Math.Round(x, 4);
                eta += beta[j] * columns[j][i];
            }

            var survival = -Math.Log(1 - random.NextDouble()) / (0.01 * Math.Exp(eta));
            var censoring = -Math.Log(1 - random.NextDouble()) / 0.004;
            time[i] = Math.Round(Math.Min(survival, censoring), 2) + 0.01;
            status[i] = survival <= censoring ? 1 : 0;
        }

        _data = new CoxData(time, status, columns.Select((c, j) => CovariateSpec.Numeric("x" + (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c)).ToArray());
    }

    [Benchmark(Baseline = true)]
    public CoxFit Efron() => CoxModel.Fit(_data, new CoxOptions { Ties = TieMethod.Efron });

    [Benchmark]
    public CoxFit Breslow() => CoxModel.Fit(_data, new CoxOptions { Ties = TieMethod.Breslow });

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
