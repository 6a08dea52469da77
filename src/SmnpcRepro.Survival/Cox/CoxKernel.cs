using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The Cox partial likelihood, its score and information at one β: R's <c>coxfit6_iter</c>.
/// <para>
/// Inputs: the sorted <see cref="CoxProblem"/> (time, status, strata, centred covariates x, n × p) and β. Outputs: the log partial likelihood, the score u (p) and the
/// information matrix (p × p, symmetric). Work arrays (allocated once per kernel, padded to whole SIMD
/// vectors): a, a2 — risk-weighted covariate sums of the risk set and of the deaths at the current time;
/// cmat, cmat2 (p rows of Stride) — the same for x x'.
/// </para>
/// <para>
/// Within each stratum the rows are walked from the longest time down, so the risk-set sums are cumulative.
/// All rows at one time are added first (deaths into a2/cmat2); then, for Efron with d tied deaths, the
/// d terms with 1/d, 2/d, ..., d/d of the deaths in the denominator are added in closed form (the sums of
/// 1/denom_k and their weighted variants), which costs O(p²) per distinct death time instead of O(d p²).
/// Breslow (or a single death) is the one term with all deaths in. x'β and exp(x'β) are formed first for
/// all rows (two halves in parallel); then the per-row work is one pass of O(p²) vector multiply-adds over
/// the lower triangle. With more than one core and enough rows the rows of cmat are split between two
/// workers that each walk all rows. Every sum is formed in the same order whatever the split, so the
/// result does not depend on the number of cores.
/// </para>
/// </summary>
internal sealed class CoxKernel : IPartialLikelihood
{
    private const int ParallelRowThreshold = 200_000;

    private readonly CoxProblem _problem;
    private readonly bool _efron;
    private readonly Worker[] _workers;
    private readonly double[] _eta;
    private readonly double[] _risk;
    private readonly double[] _paddedBeta;

    /// <param name="problem">The sorted data.</param>
    /// <param name="ties">Tie method.</param>
    /// <param name="parts">Workers (1 or 2); default: 2 when there are several cores, many rows and p ≥ 4.</param>
    public CoxKernel(CoxProblem problem, TieMethod ties, int? parts = null)
    {
        _problem = problem;
        _efron = ties == TieMethod.Efron;
        _eta = Memory.LargeArrays.Allocate<double>(problem.N);
        _risk = Memory.LargeArrays.Allocate<double>(problem.N);
        _paddedBeta = new double[problem.Stride];
        var p = problem.P;
        parts ??= Environment.ProcessorCount > 1 && problem.N >= ParallelRowThreshold && p >= 4 ? 2 : 1;

        // Split the cmat rows so that the parts do about the same number of vector updates (row i costs
        // i / width + 1 of them).
        var width = Vector<double>.Count;
        var total = 0;
        for (var i = 0; i < p; i++)
        {
            total += (i / width) + 1;
        }

        _workers = new Worker[parts.Value];
        var row = 0;
        for (var w = 0; w < parts; w++)
        {
            var startRow = row;
            var target = (double)total * (w + 1) / parts.Value;
            var cost = 0;
            for (var i = 0; i < row; i++)
            {
                cost += (i / width) + 1;
            }

            while (row < p && (w == parts - 1 || cost + ((row / width) + 1) / 2.0 <= target))
            {
                cost += (row / width) + 1;
                row++;
            }

            _workers[w] = new Worker(problem, _eta, _risk, startRow, row, primary: w == 0);
        }
    }

    /// <summary>Number of coefficients.</summary>
    public int P => _problem.P;

    /// <inheritdoc/>
    int IPartialLikelihood.Parameters => P;

    /// <summary>
    /// Computes the log partial likelihood at <paramref name="beta"/> (on the centred, scaled covariates),
    /// writing the score into <paramref name="score"/> and the information into <paramref name="information"/>.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information)
    {
        var p = _problem.P;
        var padded = _paddedBeta;
        beta.CopyTo(padded);
        var n = _problem.N;
        var blocks = _workers.Length;
        if (!beta.ContainsAnyExcept(0.0))
        {
            // beta = 0 (the first evaluation): every x'beta is 0 and every risk 1.
            Array.Clear(_eta);
            Array.Fill(_risk, 1.0);
        }
        else if (blocks == 1)
        {
            RiskScores(padded, 0, n);
        }
        else
        {
            Parallel.For(0, blocks, b => RiskScores(padded, (int)((long)n * b / blocks), (int)((long)n * (b + 1) / blocks)));
        }

        if (_workers.Length == 1)
        {
            _workers[0].Run(_efron);
        }
        else
        {
            Parallel.For(0, _workers.Length, w => _workers[w].Run(_efron));
        }

        var primary = _workers[0];
        primary.Score.AsSpan(0, p).CopyTo(score);
        information.Clear();
        foreach (var worker in _workers)
        {
            for (var i = worker.FirstRow; i < worker.EndRow; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    information[(i * p) + j] = worker.Information[(i * p) + j];
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                information[(j * p) + i] = information[(i * p) + j];
            }
        }

        return primary.LogLikelihood;
    }

    /// <summary>x'β and exp(x'β) of the sorted rows [from, to).</summary>
    private void RiskScores(double[] beta, int from, int to)
    {
        var p = _problem.P;
        var stride = _problem.Stride;
        var width = Vector<double>.Count;
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(_problem.X);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(beta);
        for (var i = from; i < to; i++)
        {
            ref var row = ref Unsafe.Add(ref x0, i * p);
            var dot = Vector<double>.Zero;
            for (var k = 0; k < stride; k += width)
            {
                dot += Vector.LoadUnsafe(ref b0, (nuint)k) * Vector.LoadUnsafe(ref row, (nuint)k);
            }

            var eta = Vector.Sum(dot);
            _eta[i] = eta;
            _risk[i] = Math.Exp(eta);
        }
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
        private readonly double[] _eta;
        private readonly double[] _risk;

        public Worker(CoxProblem problem, double[] eta, double[] risk, int firstRow, int endRow, bool primary)
        {
            _problem = problem;
            _eta = eta;
            _risk = risk;
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

        public void Run(bool efron)
        {
            var pr = _problem;
            var p = pr.P;
            var stride = pr.Stride;
            var width = Vector<double>.Count;
            var nv = stride / width;
            var a = MemoryMarshal.Cast<double, Vector<double>>(_a.AsSpan());
            var a2 = MemoryMarshal.Cast<double, Vector<double>>(_a2.AsSpan());
            var deadSum = MemoryMarshal.Cast<double, Vector<double>>(_deadSum.AsSpan());
            var cmat = MemoryMarshal.Cast<double, Vector<double>>(_cmat.AsSpan());
            var cmat2 = MemoryMarshal.Cast<double, Vector<double>>(_cmat2.AsSpan());
            ref var x0 = ref MemoryMarshal.GetArrayDataReference(pr.X);
            ref var a0 = ref MemoryMarshal.GetArrayDataReference(_a);
            ref var a20 = ref MemoryMarshal.GetArrayDataReference(_a2);
            ref var cmat0 = ref MemoryMarshal.GetArrayDataReference(_cmat);
            ref var cmat20 = ref MemoryMarshal.GetArrayDataReference(_cmat2);
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
                        var risk = _risk[person];
                        ref var squares = ref cmat0;
                        ref var sums = ref a0;
                        if (status[person] == 0)
                        {
                            denom += risk;
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
                            loglik += _eta[person];
                            ref var row = ref Unsafe.Add(ref x0, person * p);
                            for (var k = 0; k < nv; k++)
                            {
                                deadSum[k] += Vector.LoadUnsafe(ref row, (nuint)(k * width));
                            }

                            squares = ref cmat20;
                            sums = ref a20;
                        }

                        AddOuterProduct(ref squares, ref sums, ref Unsafe.Add(ref x0, person * p), risk, first, end, stride);
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
        /// sums += r x and rows [first, end) of squares += r x_i x, row i up to the vector holding column i
        /// (the lower triangle, in whole SIMD vectors): the hot loop, on references so that the row's vectors
        /// stay in registers (explicit for up to four vectors a row, a loop beyond).
        /// </summary>
        private static void AddOuterProduct(ref double squares, ref double sums, ref double x, double risk, int first, int end, int stride)
        {
            var width = Vector<double>.Count;
            var riskV = new Vector<double>(risk);
            switch (stride / width)
            {
                case 1:
                {
                    var x0 = Vector.LoadUnsafe(ref x);
                    (Vector.LoadUnsafe(ref sums) + (riskV * x0)).StoreUnsafe(ref sums);
                    for (var i = first; i < end; i++)
                    {
                        var ri = new Vector<double>(risk * Unsafe.Add(ref x, i));
                        ref var c = ref Unsafe.Add(ref squares, i * stride);
                        (Vector.LoadUnsafe(ref c) + (ri * x0)).StoreUnsafe(ref c);
                    }

                    break;
                }

                case 2:
                {
                    var x0 = Vector.LoadUnsafe(ref x);
                    var x1 = Vector.LoadUnsafe(ref x, (nuint)width);
                    (Vector.LoadUnsafe(ref sums) + (riskV * x0)).StoreUnsafe(ref sums);
                    (Vector.LoadUnsafe(ref sums, (nuint)width) + (riskV * x1)).StoreUnsafe(ref sums, (nuint)width);
                    for (var i = first; i < end; i++)
                    {
                        var ri = new Vector<double>(risk * Unsafe.Add(ref x, i));
                        ref var c = ref Unsafe.Add(ref squares, i * stride);
                        (Vector.LoadUnsafe(ref c) + (ri * x0)).StoreUnsafe(ref c);
                        if (i >= width)
                        {
                            (Vector.LoadUnsafe(ref c, (nuint)width) + (ri * x1)).StoreUnsafe(ref c, (nuint)width);
                        }
                    }

                    break;
                }

                case 3:
                {
                    var x0 = Vector.LoadUnsafe(ref x);
                    var x1 = Vector.LoadUnsafe(ref x, (nuint)width);
                    var x2 = Vector.LoadUnsafe(ref x, (nuint)(2 * width));
                    (Vector.LoadUnsafe(ref sums) + (riskV * x0)).StoreUnsafe(ref sums);
                    (Vector.LoadUnsafe(ref sums, (nuint)width) + (riskV * x1)).StoreUnsafe(ref sums, (nuint)width);
                    (Vector.LoadUnsafe(ref sums, (nuint)(2 * width)) + (riskV * x2)).StoreUnsafe(ref sums, (nuint)(2 * width));
                    for (var i = first; i < end; i++)
                    {
                        var ri = new Vector<double>(risk * Unsafe.Add(ref x, i));
                        ref var c = ref Unsafe.Add(ref squares, i * stride);
                        (Vector.LoadUnsafe(ref c) + (ri * x0)).StoreUnsafe(ref c);
                        if (i >= width)
                        {
                            (Vector.LoadUnsafe(ref c, (nuint)width) + (ri * x1)).StoreUnsafe(ref c, (nuint)width);
                            if (i >= 2 * width)
                            {
                                (Vector.LoadUnsafe(ref c, (nuint)(2 * width)) + (ri * x2)).StoreUnsafe(ref c, (nuint)(2 * width));
                            }
                        }
                    }

                    break;
                }

                case 4:
                {
                    var x0 = Vector.LoadUnsafe(ref x);
                    var x1 = Vector.LoadUnsafe(ref x, (nuint)width);
                    var x2 = Vector.LoadUnsafe(ref x, (nuint)(2 * width));
                    var x3 = Vector.LoadUnsafe(ref x, (nuint)(3 * width));
                    (Vector.LoadUnsafe(ref sums) + (riskV * x0)).StoreUnsafe(ref sums);
                    (Vector.LoadUnsafe(ref sums, (nuint)width) + (riskV * x1)).StoreUnsafe(ref sums, (nuint)width);
                    (Vector.LoadUnsafe(ref sums, (nuint)(2 * width)) + (riskV * x2)).StoreUnsafe(ref sums, (nuint)(2 * width));
                    (Vector.LoadUnsafe(ref sums, (nuint)(3 * width)) + (riskV * x3)).StoreUnsafe(ref sums, (nuint)(3 * width));
                    for (var i = first; i < end; i++)
                    {
                        var ri = new Vector<double>(risk * Unsafe.Add(ref x, i));
                        ref var c = ref Unsafe.Add(ref squares, i * stride);
                        (Vector.LoadUnsafe(ref c) + (ri * x0)).StoreUnsafe(ref c);
                        if (i >= width)
                        {
                            (Vector.LoadUnsafe(ref c, (nuint)width) + (ri * x1)).StoreUnsafe(ref c, (nuint)width);
                            if (i >= 2 * width)
                            {
                                (Vector.LoadUnsafe(ref c, (nuint)(2 * width)) + (ri * x2)).StoreUnsafe(ref c, (nuint)(2 * width));
                                if (i >= 3 * width)
                                {
                                    (Vector.LoadUnsafe(ref c, (nuint)(3 * width)) + (ri * x3)).StoreUnsafe(ref c, (nuint)(3 * width));
                                }
                            }
                        }
                    }

                    break;
                }

                default:
                {
                    for (var k = 0; k < stride; k += width)
                    {
                        (Vector.LoadUnsafe(ref sums, (nuint)k) + (riskV * Vector.LoadUnsafe(ref x, (nuint)k))).StoreUnsafe(ref sums, (nuint)k);
                    }

                    for (var i = first; i < end; i++)
                    {
                        var ri = new Vector<double>(risk * Unsafe.Add(ref x, i));
                        ref var c = ref Unsafe.Add(ref squares, i * stride);
                        for (var k = 0; k <= i; k += width)
                        {
                            (Vector.LoadUnsafe(ref c, (nuint)k) + (ri * Vector.LoadUnsafe(ref x, (nuint)k))).StoreUnsafe(ref c, (nuint)k);
                        }
                    }

                    break;
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
                // The log of the product of the denominators, taken whenever the product leaves
                // [1e-280, 1e280]: one log per several tied deaths instead of one each.
                s1 = s2 = t1 = t2 = t3 = logSum = 0;
                var product = 1.0;
                for (var k = 1; k <= ndead; k++)
                {
                    var frac = (double)k / ndead;
                    var den = denom + (frac * denom2);
                    var inv = 1 / den;
                    var inv2 = inv * inv;
                    product *= den;
                    if (product > 1e280 || product < 1e-280)
                    {
                        logSum += Math.Log(product);
                        product = 1.0;
                    }

                    s1 += inv;
                    s2 += frac * inv;
                    t1 += inv2;
                    t2 += frac * inv2;
                    t3 += frac * frac * inv2;
                }

                logSum += Math.Log(product);
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
