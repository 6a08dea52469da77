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
/// factor screened (log-rank across its groups by <see cref="LogRankChiSquare"/>, which equals
/// <see cref="LogRankTest.Compute"/>; or the univariate Cox Wald test, as the rule says), the factors that
/// pass fitted together in one Cox model by <see cref="CoxModel.FitEstimates"/> under the profile's
/// <see cref="CoxOptions"/>: the paper's own fit, bit for bit, without the parts of a full result the
/// bootstrap does not read. Immutable after construction and safe to share between threads; each thread
/// brings its own <see cref="ResampleScratch"/>, so screening allocates nothing.
/// </summary>
internal sealed class ResampleScreening
{
    private readonly double[] _time;
    private readonly byte[] _status;
    private readonly int[][] _group; // [factor][patient]: group index, −1 when missing
    private readonly double[][][] _covariate; // [factor][contrast][patient]: Cox covariate, NaN when missing
    private readonly string[][] _contrastKeys; // [factor][contrast]: the covariate's name
    private readonly string[][] _levels;
    private readonly string[] _keys;
    private readonly SelectionRule _rule;
    private readonly CoxOptions _cox;
    private readonly double _significance;

    public ResampleScreening(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors, SelectionRule rule, CoxOptions cox, double significance)
    {
        var n = cohort.Count;
        // R's timefix once on the whole cohort: a resample's times are some of these.
        _time = TimeFix.Apply(cohort.Select(p => p.OsMonths).ToArray());
        _status = cohort.Select(p => p.Death ? (byte)1 : (byte)0).ToArray();
        _group = factors.Select(f => cohort.Select(p => f.Classify(p) ?? -1).ToArray()).ToArray();
        _covariate = factors
            .Select((f, k) => f.Contrasts.Select((_, c) => _group[k].Select(g => g < 0 ? double.NaN : f.ContrastValue(c, g)).ToArray()).ToArray())
            .ToArray();
        _contrastKeys = factors.Select(f => f.Contrasts.Select(c => c.Key).ToArray()).ToArray();
        _levels = factors.Select(f => f.Groups.ToArray()).ToArray();
        _keys = factors.Select(f => f.Key).ToArray();
        _rule = rule;
        cox.Validate();
        _cox = cox;
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
    /// not selected or not finite, and for a categorical factor, which has one per contrast).
    /// </summary>
    public ResampleResult Run(int[] rows, Span<double> logHazardRatio, ResampleScratch scratch)
    {
        logHazardRatio.Fill(double.NaN);
        var selected = 0;
        var constant = 0;
        for (var k = 0; k < _keys.Length; k++)
        {
            var p = ScreeningP(k, rows, scratch);
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

        CoxEstimates fit;
        try
        {
            fit = CoxModel.FitEstimates(Data(rows, selected), _cox);
        }
        catch (ArgumentException)
        {
            return new ResampleResult(selected, 0, constant, ResampleFit.Failed);
        }

        if (!fit.Converged || fit.MayBeInfinite.Contains(true))
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

            var width = _contrastKeys[k].Length;
            if (width == 1)
            {
                var coefficient = fit.Coefficients[j];
                if (fit.IsEstimable[j] && double.IsFinite(coefficient))
                {
                    logHazardRatio[k] = coefficient;
                    if (fit.P[j] <= _significance)
                    {
                        significant |= 1 << k;
                    }
                }
            }
            else if (JointP(fit, j, width) <= _significance)
            {
                // A categorical factor: significant by the joint Wald test of its indicators, as Table 2 judges it.
                significant |= 1 << k;
            }

            j += width;
        }

        return new ResampleResult(selected, significant, constant, ResampleFit.Fitted);
    }

    /// <summary>The screening p of factor <paramref name="k"/> on the resample; NaN when it has fewer than two groups there (or no deaths).</summary>
    private double ScreeningP(int k, int[] rows, ResampleScratch scratch)
    {
        var group = _group[k];
        var groups = _levels[k].Length;
        Span<bool> present = stackalloc bool[groups];
        present.Clear();
        var analysed = 0;
        foreach (var r in rows)
        {
            var g = group[r];
            if (g >= 0)
            {
                scratch.Time[analysed] = _time[r];
                scratch.Status[analysed] = _status[r];
                scratch.Group[analysed] = g;
                present[g] = true;
                analysed++;
            }
        }

        if (present.Count(true) < 2)
        {
            return double.NaN;
        }

        if (_rule.Test == SelectionTest.CoxWald)
        {
            var alone = CoxModel.FitEstimates(Data(rows, 1 << k), _cox);
            return _contrastKeys[k].Length == 1 ? alone.P[0] : JointP(alone, 0, _contrastKeys[k].Length);
        }

        return LogRankChiSquare.Compute(
            scratch.Time.AsSpan(0, analysed),
            scratch.Status.AsSpan(0, analysed),
            scratch.Group.AsSpan(0, analysed),
            scratch.LogRank).PValue;
    }

    /// <summary>The joint Wald p of the <paramref name="width"/> columns from <paramref name="first"/> (a categorical factor's indicators).</summary>
    private double JointP(CoxEstimates fit, int first, int width)
    {
        Span<int> columns = stackalloc int[width];
        for (var c = 0; c < width; c++)
        {
            columns[c] = first + c;
        }

        return fit.WaldTest(columns, _cox.CholeskyTolerance).P;
    }

    /// <summary>Work arrays for one thread's resamples.</summary>
    public ResampleScratch NewScratch() => new(Patients, _levels.Max(l => l.Length));

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

            for (var c = 0; c < _contrastKeys[k].Length; c++)
            {
                var values = new double[n];
                for (var i = 0; i < n; i++)
                {
                    values[i] = _covariate[k][c][rows[i]];
                }

                covariates.Add(CovariateSpec.Numeric(_contrastKeys[k][c], values));
            }
        }

        return new CoxData(time, status, covariates);
    }
}

/// <summary>One thread's work arrays for <see cref="ResampleScreening"/>: the resample's rows and one factor's analysed rows.</summary>
internal sealed class ResampleScratch(int patients, int groups)
{
    public int[] Rows { get; } = new int[patients];

    public double[] Time { get; } = new double[patients];

    public byte[] Status { get; } = new byte[patients];

    public int[] Group { get; } = new int[patients];

    public LogRankWorkspace LogRank { get; } = new(patients, groups);
}

/// <summary>One resample's outcome: bit k of each mask is factor k.</summary>
/// <param name="Selected">Factors the screening let in.</param>
/// <param name="Significant">Selected factors with multivariate p at or below the significance level.</param>
/// <param name="Constant">Factors with one group only in the resample.</param>
/// <param name="Fit">What became of the multivariate model.</param>
internal readonly record struct ResampleResult(int Selected, int Significant, int Constant, ResampleFit Fit);
