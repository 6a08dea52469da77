using BenchmarkDotNet.Attributes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Benchmarks;

/// <summary>
/// One small Cox fit the size of the paper's multivariate model (30 patients, 6 binary or ordinal covariates,
/// tied times, Breslow): the engine (<c>CoxModel.Fit</c> with its full result; <c>CoxModel.FitEstimates</c>, the
/// bootstrap's call) against the survival
/// library's allocation-free path (<c>RowPartialLikelihood</c> + <c>CoxNewtonRaphson.Fit</c> in a reused
/// <c>CoxWorkspace</c>) that the reconstruction's evaluator calls.
/// Run: dotnet run -c Release --project bench/SmnpcRepro.Benchmarks -- --filter '*CoxWorkspace*'.
/// </summary>
[MemoryDiagnoser]
public class CoxWorkspaceBenchmarks
{
    private const int Patients = 30;
    private const int Covariates = 6;

    private readonly CoxOptions _options = CoxOptions.Default with { Ties = TieMethod.Breslow };
    private readonly RowPartialLikelihood _likelihood = new(Patients, Covariates);
    private readonly CoxWorkspace _workspace = new(Covariates);
    private CoxData _data = null!;
    private double[] _time = [];
    private bool[] _death = [];
    private double[][] _x = [];
    private int[] _byTime = [];

    /// <summary>A seeded cohort: whole-month times (so some tie), about a third censored.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var stream = new SplitMix64(20190815);
        _x = Enumerable.Range(0, Covariates).Select(j => Enumerable.Range(0, Patients).Select(_ => (double)stream.NextInt(0, j % 3 == 2 ? 2 : 1)).ToArray()).ToArray();
        _time = Enumerable.Range(0, Patients).Select(_ => (double)stream.NextInt(1, 60)).ToArray();
        _death = Enumerable.Range(0, Patients).Select(_ => stream.NextDouble() < 0.65).ToArray();
        _byTime = Enumerable.Range(0, Patients).OrderByDescending(i => _time[i]).ToArray();
        _data = new CoxData(_time, _death.Select(d => d ? 1.0 : 0.0).ToArray(),
            _x.Select((c, j) => CovariateSpec.Numeric("x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), c)).ToArray());
    }

    /// <summary>The engine's fit and its whole result (tests, concordance, …).</summary>
    [Benchmark(Baseline = true)]
    public double CoxModelFit() => CoxModel.Fit(_data, _options).Coefficients[0].Coefficient;

    /// <summary>The engine's fit without the rest of its result, as the bootstrap calls it (the same numbers bit for bit).</summary>
    [Benchmark]
    public double CoxModelFitEstimates() => CoxModel.FitEstimates(_data, _options).Coefficients[0];

    /// <summary>The same model loaded into caller-owned arrays and fitted by the shared driver.</summary>
    [Benchmark]
    public double WorkspaceFit()
    {
        var likelihood = _likelihood;
        likelihood.Reset(Patients, Covariates, TieMethod.Breslow);
        var x = likelihood.Covariates;
        for (var r = 0; r < Patients; r++)
        {
            var i = _byTime[r];
            if (r == 0 || _time[i] != _time[_byTime[r - 1]])
            {
                likelihood.StartBlock(r);
            }

            likelihood.SetDeath(r, _death[i]);
            for (var j = 0; j < Covariates; j++)
            {
                x[(r * Covariates) + j] = _x[j][i];
            }
        }

        likelihood.Complete();
        CoxNewtonRaphson.Fit(likelihood, _options, _workspace);
        return _workspace.Coefficients[0];
    }
}
