using System.Numerics;
using System.Runtime.InteropServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The Cox partial likelihood, its score and information at one β: R's <c>coxfit6_iter</c>.
/// <para>
/// Inputs: the sorted <see cref="CoxProblem"/> (time, status, strata, centred covariates x, n rows of
/// <see cref="CoxProblem.Stride"/>) and β. Outputs: the log partial likelihood, the score u (p) and the
/// information matrix (p × p, symmetric). Work arrays (allocated once per kernel, padded to whole SIMD
/// vectors): a, a2 — risk-weighted covariate sums of the risk set and of the deaths at the current time;
/// cmat, cmat2 (p rows of Stride) — the same for x x'.
/// </para>
/// <para>
/// Within each stratum the rows are walked from the longest time down, so the risk-set sums are cumulative.
/// All rows at one time are added first (deaths into a2/cmat2); then, for Efron with d tied deaths, the
/// d terms with 1/d, 2/d, ..., d/d of the deaths in the denominator are added in closed form (the sums of
/// 1/denom_k and their weighted variants), which costs O(p²) per distinct death time instead of O(d p²).
/// Breslow (or a single death) is the one term with all deaths in. The per-row work is one pass of
/// O(p²) vector multiply-adds; with more than one core and enough rows the rows of cmat are split between
/// two workers that each walk all rows (every sum is formed in the same order whatever the split, so the
/// result does not depend on the number of cores).
/// </para>
/// </summary>
internal sealed class CoxKernel
{
    private const int ParallelRowThreshold = 200_000;

    private readonly CoxProblem _problem;
    private readonly bool _efron;
    private readonly Worker[] _workers;

    /// <param name="problem">The sorted data.</param>
    /// <param name="ties">Tie method.</param>
    /// <param name="parts">Workers (1 or 2); default: 2 when there are several cores, many rows and p ≥ 4.</param>
    public CoxKernel(CoxProblem problem, TieMethod ties, int? parts = null)
    {
        _problem = problem;
        _efron = ties == TieMethod.Efron;
        var p = problem.P;
        parts ??= Environment.ProcessorCount > 1 && problem.N >= ParallelRowThreshold && p >= 4 ? 2 : 1;

        // Split the cmat rows so that both parts do about the same number of vector updates.
        _workers = new Worker[parts.Value];
        for (var w = 0; w < parts; w++)
        {
            _workers[w] = new Worker(problem, p * w / parts.Value, p * (w + 1) / parts.Value, primary: w == 0);
        }
    }

    /// <summary>Number of coefficients.</summary>
    public int P => _problem.P;

    /// <summary>
    /// Computes the log partial likelihood at <paramref name="beta"/> (on the centred, scaled covariates),
    /// writing the score into <paramref name="u"/> and the information into <paramref name="imat"/>.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> u, Span<double> imat)
    {
        var p = _problem.P;
        var padded = new double[_problem.Stride];
        beta.CopyTo(padded);
        if (_workers.Length == 1)
        {
            _workers[0].Run(padded, _efron);
        }
        else
        {
            Parallel.For(0, _workers.Length, w => _workers[w].Run(padded, _efron));
        }

        var primary = _workers[0];
        primary.Score.AsSpan(0, p).CopyTo(u);
        imat.Clear();
        foreach (var worker in _workers)
        {
            for (var i = worker.FirstRow; i < worker.EndRow; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    imat[(i * p) + j] = worker.Information[(i * p) + j];
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                imat[(j * p) + i] = imat[(i * p) + j];
            }
        }

        return primary.LogLikelihood;
    }

    /// <summary>
    /// One walk over all rows accumulating the rows [FirstRow, EndRow) of cmat and of the information; the
    /// primary worker also forms the log-likelihood and the score.
    /// </summary>
    private sealed class Worker
    {
        private readonly CoxProblem _problem;
        private readonly bool _primary;
        private readonly double[] _a;
        private readonly double[] _a2;
        private readonly double[] _cmat;
        private readonly double[] _cmat2;
        private readonly double[] _deadSum;

        public Worker(CoxProblem problem, int firstRow, int endRow, bool primary)
        {
            _problem = problem;
            _primary = primary;
            FirstRow = firstRow;
            EndRow = endRow;
            var stride = problem.Stride;
            _a = new double[stride];
            _a2 = new double[stride];
            _deadSum = new double[stride];
            _cmat = new double[problem.P * stride];
            _cmat2 = new double[problem.P * stride];
            Score = new double[problem.P];
            Information = new double[problem.P * problem.P];
        }

        public int FirstRow { get; }

        public int EndRow { get; }

        public double LogLikelihood { get; private set; }

        public double[] Score { get; }

        public double[] Information { get; }

        public void Run(double[] beta, bool efron)
        {
            var pr = _problem;
            var p = pr.P;
            var stride = pr.Stride;
            var width = Vector<double>.Count;
            var nv = stride / width;
            var x = MemoryMarshal.Cast<double, Vector<double>>(pr.X.AsSpan());
            var xs = pr.X;
            var betaV = MemoryMarshal.Cast<double, Vector<double>>(beta.AsSpan());
            var a = MemoryMarshal.Cast<double, Vector<double>>(_a.AsSpan());
            var a2 = MemoryMarshal.Cast<double, Vector<double>>(_a2.AsSpan());
            var deadSum = MemoryMarshal.Cast<double, Vector<double>>(_deadSum.AsSpan());
            var cmat = MemoryMarshal.Cast<double, Vector<double>>(_cmat.AsSpan());
            var cmat2 = MemoryMarshal.Cast<double, Vector<double>>(_cmat2.AsSpan());
            var time = pr.Time;
            var status = pr.Status;
            var first = FirstRow;
            var end = EndRow;
            Array.Clear(Information);
            Array.Clear(Score);
            deadSum.Clear();
            var loglik = 0.0;

            for (var s = 0; s < pr.StratumCount; s++)
            {
                var start = pr.StratumStart[s];
                var person = pr.StratumStart[s + 1] - 1;
                var denom = 0.0;
                a.Clear();
                cmat.Clear();
                while (person >= start)
                {
                    var dtime = time[person];
                    var ndead = 0;
                    var denom2 = 0.0;
                    while (person >= start && time[person] == dtime)
                    {
                        var row = x.Slice(person * nv, nv);
                        var dot = Vector<double>.Zero;
                        for (var k = 0; k < nv; k++)
                        {
                            dot += betaV[k] * row[k];
                        }

                        var zbeta = Vector.Sum(dot);
                        var risk = Math.Exp(zbeta);
                        var rowOffset = person * stride;
                        Span<Vector<double>> sums, squares;
                        if (status[person] == 0)
                        {
                            denom += risk;
                            sums = a;
                            squares = cmat;
                        }
                        else
                        {
                            if (ndead == 0)
                            {
                                a2.Clear();
                                cmat2.Clear();
                            }

                            ndead++;
                            denom2 += risk;
                            loglik += zbeta;
                            for (var k = 0; k < nv; k++)
                            {
                                deadSum[k] += row[k];
                            }

                            sums = a2;
                            squares = cmat2;
                        }

                        var riskV = new Vector<double>(risk);
                        for (var k = 0; k < nv; k++)
                        {
                            sums[k] += riskV * row[k];
                        }

                        for (var i = first; i < end; i++)
                        {
                            var ri = new Vector<double>(risk * xs[rowOffset + i]);
                            var target = squares.Slice(i * nv, nv);
                            for (var k = 0; k < nv; k++)
                            {
                                target[k] += ri * row[k];
                            }
                        }

                        person--;
                    }

                    if (ndead > 0)
                    {
                        loglik -= AddDeaths(denom, denom2, ndead, efron, p);
                        denom += denom2;
                        for (var k = 0; k < nv; k++)
                        {
                            a[k] += a2[k];
                        }

                        for (var i = first; i < end; i++)
                        {
                            for (var k = 0; k < nv; k++)
                            {
                                cmat[(i * nv) + k] += cmat2[(i * nv) + k];
                            }
                        }
                    }
                }
            }

            if (_primary)
            {
                LogLikelihood = loglik;
                for (var j = 0; j < p; j++)
                {
                    Score[j] += _deadSum[j];
                }
            }
        }

        /// <summary>
        /// Adds the d tied deaths' terms to the score (primary worker) and to this worker's information rows,
        /// returning the sum of log denominators. denom, a, cmat hold the risk set without the deaths;
        /// denom2, a2, cmat2 the deaths.
        /// </summary>
        private double AddDeaths(double denom, double denom2, int ndead, bool efron, int p)
        {
            double s1, s2, t1, t2, t3, logSum;
            if (!efron || ndead == 1)
            {
                var den = denom + denom2;
                s1 = s2 = ndead / den;
                t1 = t2 = t3 = s1 / den;
                logSum = ndead * Math.Log(den);
            }
            else
            {
                s1 = s2 = t1 = t2 = t3 = logSum = 0;
                for (var k = 1; k <= ndead; k++)
                {
                    var frac = (double)k / ndead;
                    var den = denom + (frac * denom2);
                    var inv = 1 / den;
                    var inv2 = inv * inv;
                    logSum += Math.Log(den);
                    s1 += inv;
                    s2 += frac * inv;
                    t1 += inv2;
                    t2 += frac * inv2;
                    t3 += frac * frac * inv2;
                }
            }

            var a = _a;
            var a2 = _a2;
            var stride = _problem.Stride;
            if (_primary)
            {
                for (var i = 0; i < p; i++)
                {
                    Score[i] -= (s1 * a[i]) + (s2 * a2[i]);
                }
            }

            for (var i = FirstRow; i < EndRow; i++)
            {
                var ai = a[i];
                var a2i = a2[i];
                var row = i * stride;
                for (var j = 0; j <= i; j++)
                {
                    Information[(i * p) + j] += (s1 * _cmat[row + j]) + (s2 * _cmat2[row + j])
                        - ((t1 * ai * a[j]) + (t2 * ((ai * a2[j]) + (a2i * a[j]))) + (t3 * a2i * a2[j]));
                }
            }

            return logSum;
        }
    }
}
