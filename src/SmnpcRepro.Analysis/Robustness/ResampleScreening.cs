using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Data;
using SmnpcRepro.Survival.LogRank;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The paper's selection procedure on one resample of patients, with the cohort classified once: every
/// factor screened (log-rank across its groups, or the univariate Cox Wald test, as the rule says), the
/// factors that pass fitted together in one Cox model. Immutable after construction and safe to share
/// between threads; each call allocates only its own resample's arrays.
/// </summary>
internal sealed class ResampleScreening
{
    private readonly double[] _time;
    private readonly byte[] _status;
    private readonly int[][] _group; // [factor][patient]: group index, −1 when missing
    private readonly double[][] _covariate; // [factor][patient]: Cox covariate, NaN when missing
    private readonly string[][] _levels;
    private readonly string[] _keys;
    private readonly SelectionRule _rule;
    private readonly CoxOptions _cox;
    private readonly double _significance;

    public ResampleScreening(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors, SelectionRule rule, TieMethod ties, double significance)
    {
        var n = cohort.Count;
        _time = cohort.Select(p => p.OsMonths).ToArray();
        _status = cohort.Select(p => p.Death ? (byte)1 : (byte)0).ToArray();
        _group = factors.Select(f => cohort.Select(p => f.Classify(p) ?? -1).ToArray()).ToArray();
        _covariate = factors.Select((f, k) => _group[k].Select(g => g < 0 ? double.NaN : f.Covariate(g)).ToArray()).ToArray();
        _levels = factors.Select(f => f.Groups.ToArray()).ToArray();
        _keys = factors.Select(f => f.Key).ToArray();
        _rule = rule;
        _cox = CoxOptions.Default with { Ties = ties };
        _significance = significance;
        Patients = n;
    }

    /// <summary>Patients in the cohort (and in each resample).</summary>
    public int Patients { get; }

    /// <summary>Candidate factors.</summary>
    public int Factors => _keys.Length;

    /// <summary>
    /// Runs the procedure on the patients <paramref name="rows"/> (indices into the cohort, repeats allowed).
    /// Writes each selected factor's multivariate log HR into <paramref name="logHazardRatio"/> (NaN when
    /// not selected or not finite).
    /// </summary>
    public ResampleResult Run(int[] rows, Span<double> logHazardRatio)
    {
        logHazardRatio.Fill(double.NaN);
        var selected = 0;
        var constant = 0;
        for (var k = 0; k < _keys.Length; k++)
        {
            var p = ScreeningP(k, rows);
            if (double.IsNaN(p))
            {
                constant |= 1 << k;
            }
            else if (p <= _rule.Threshold)
            {
                selected |= 1 << k;
            }
        }

        if (selected == 0)
        {
            return new ResampleResult(selected, 0, constant, ResampleFit.NoFactorSelected);
        }

        CoxFit fit;
        try
        {
            fit = CoxModel.Fit(Data(rows, selected), _cox);
        }
        catch (ArgumentException)
        {
            return new ResampleResult(selected, 0, constant, ResampleFit.Failed);
        }

        if (!fit.Converged || fit.Coefficients.Any(c => c.MayBeInfinite))
        {
            return new ResampleResult(selected, 0, constant, ResampleFit.NotFinite);
        }

        var significant = 0;
        var j = 0;
        for (var k = 0; k < _keys.Length; k++)
        {
            if ((selected & (1 << k)) == 0)
            {
                continue;
            }

            var c = fit.Coefficients[j++];
            if (c.IsEstimable && double.IsFinite(c.Coefficient))
            {
                logHazardRatio[k] = c.Coefficient;
                if (c.P <= _significance)
                {
                    significant |= 1 << k;
                }
            }
        }

        return new ResampleResult(selected, significant, constant, ResampleFit.Fitted);
    }

    /// <summary>The screening p of factor <paramref name="k"/> on the resample; NaN when it has fewer than two groups there.</summary>
    private double ScreeningP(int k, int[] rows)
    {
        var group = _group[k];
        var levels = _levels[k];
        Span<int> map = stackalloc int[levels.Length];
        map.Clear();
        var analysed = 0;
        foreach (var r in rows)
        {
            var g = group[r];
            if (g >= 0)
            {
                analysed++;
                map[g] = 1;
            }
        }

        var used = 0;
        for (var g = 0; g < map.Length; g++)
        {
            map[g] = map[g] == 1 ? used++ : -1;
        }

        if (used < 2)
        {
            return double.NaN;
        }

        if (_rule.Test == SelectionTest.CoxWald)
        {
            var fit = CoxModel.Fit(Data(rows, 1 << k), _cox);
            return fit.Coefficients[0].P;
        }

        var time = new double[analysed];
        var status = new byte[analysed];
        var codes = new int[analysed];
        var names = new string[used];
        for (var g = 0; g < map.Length; g++)
        {
            if (map[g] >= 0)
            {
                names[map[g]] = levels[g];
            }
        }

        var i = 0;
        foreach (var r in rows)
        {
            var g = group[r];
            if (g >= 0)
            {
                time[i] = _time[r];
                status[i] = _status[r];
                codes[i] = map[g];
                i++;
            }
        }

        var test = LogRankTest.Compute(SurvivalData.Create(time, status, new SurvivalFactor(_keys[k], codes, names)));
        return test.PValue;
    }

    private CoxData Data(int[] rows, int factors)
    {
        var n = rows.Length;
        var time = new double[n];
        var status = new double[n];
        for (var i = 0; i < n; i++)
        {
            time[i] = _time[rows[i]];
            status[i] = _status[rows[i]];
        }

        var covariates = new List<CovariateSpec>();
        for (var k = 0; k < _keys.Length; k++)
        {
            if ((factors & (1 << k)) == 0)
            {
                continue;
            }

            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = _covariate[k][rows[i]];
            }

            covariates.Add(CovariateSpec.Numeric(_keys[k], values));
        }

        return new CoxData(time, status, covariates);
    }
}

/// <summary>One resample's outcome: bit k of each mask is factor k.</summary>
/// <param name="Selected">Factors the screening let in.</param>
/// <param name="Significant">Selected factors with multivariate p at or below the significance level.</param>
/// <param name="Constant">Factors with one group only in the resample.</param>
/// <param name="Fit">What became of the multivariate model.</param>
internal readonly record struct ResampleResult(int Selected, int Significant, int Constant, ResampleFit Fit);
