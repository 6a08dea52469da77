using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The rows sorted once by (stratum, time) with their tie blocks, pooled weights and log-rank scores, so
/// that a relabelling of the groups is scored in O(n + blocks·k²) with no allocation. Immutable; each task
/// passes its own label and scratch arrays.
/// </summary>
internal sealed class PermutationKernel
{
    private static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    private readonly byte[] _status;
    private readonly int[] _blockStart; // blocks of tied times; block b is rows [_blockStart[b], _blockStart[b + 1])
    private readonly int[] _strataBlock; // stratum s owns blocks [_strataBlock[s], _strataBlock[s + 1])
    private readonly double[] _blockWeight;
    private readonly double[] _blockEvents;
    private readonly double[] _scores;
    private readonly double[] _mean; // μ_k of the linear statistic
    private readonly double[,] _covariance; // permutation covariance of T

    public PermutationKernel(SurvivalData data, LogRankOptions options)
    {
        var group = data.Group ?? throw new ArgumentException("A permutation test needs a grouping factor.", nameof(data));
        Groups = group.LevelCount;
        var n = data.Count;
        var times = options.TimeFix ? TimeFix.Apply(data.Time) : data.Time.ToArray();
        var strata = data.Strata?.CodeArray;
        StrataCount = data.Strata?.LevelCount ?? 1;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var sa = strata?[a] ?? 0;
            var sb = strata?[b] ?? 0;
            return sa != sb ? sa.CompareTo(sb) : times[a].CompareTo(times[b]);
        });

        _status = new byte[n];
        Labels = new int[n];
        StratumStart = new int[StrataCount + 1];
        for (var k = 0; k < n; k++)
        {
            _status[k] = data.Status[order[k]];
            Labels[k] = group.CodeArray[order[k]];
            StratumStart[(strata?[order[k]] ?? 0) + 1]++;
        }

        for (var s = 0; s < StrataCount; s++)
        {
            StratumStart[s + 1] += StratumStart[s];
        }

        var blockStart = new List<int>();
        _strataBlock = new int[StrataCount + 1];
        for (var s = 0; s < StrataCount; s++)
        {
            _strataBlock[s] = blockStart.Count;
            for (var k = StratumStart[s]; k < StratumStart[s + 1]; k++)
            {
                if (k == StratumStart[s] || times[order[k]] != times[order[k - 1]])
                {
                    blockStart.Add(k);
                }
            }
        }

        _strataBlock[StrataCount] = blockStart.Count;
        blockStart.Add(n);
        _blockStart = [.. blockStart];
        var blocks = _blockStart.Length - 1;
        _blockWeight = new double[blocks];
        _blockEvents = new double[blocks];
        _scores = new double[n];
        for (var s = 0; s < StrataCount; s++)
        {
            double atRisk = StratumStart[s + 1] - StratumStart[s];
            var km = 1.0;
            var cumulative = 0.0;
            for (var b = _strataBlock[s]; b < _strataBlock[s + 1]; b++)
            {
                var d = 0.0;
                for (var k = _blockStart[b]; k < _blockStart[b + 1]; k++)
                {
                    d += _status[k];
                }

                var w = LogRankTest.Weight(options, atRisk, km);
                _blockWeight[b] = w;
                _blockEvents[b] = d;
                if (d > 0)
                {
                    cumulative += w * d / atRisk;
                    km *= (atRisk - d) / atRisk;
                }

                for (var k = _blockStart[b]; k < _blockStart[b + 1]; k++)
                {
                    _scores[k] = cumulative - (_status[k] * w);
                }

                atRisk -= _blockStart[b + 1] - _blockStart[b];
            }
        }

        (_mean, _covariance) = PermutationMoments();
    }

    /// <summary>Number of groups.</summary>
    public int Groups { get; }

    /// <summary>Number of strata.</summary>
    public int StrataCount { get; }

    /// <summary>Stratum s owns sorted rows [StratumStart[s], StratumStart[s + 1]).</summary>
    public int[] StratumStart { get; }

    /// <summary>The observed group labels in sorted-row order (do not change; copy to permute).</summary>
    public int[] Labels { get; }

    /// <summary>Rows.</summary>
    public int Count => _status.Length;

    /// <summary>Absolute tolerance for "≥ observed", coin's √ε.</summary>
    public static double Epsilon => Tolerance;

    /// <summary>Scratch arrays for one task.</summary>
    public Scratch NewScratch() => new(Groups);

    /// <summary>The statistic for a labelling.</summary>
    public double Evaluate(PermutationStatistic statistic, int[] labels, Scratch scratch) =>
        statistic == PermutationStatistic.ChiSquare ? ChiSquare(labels, scratch) : LinearRank(labels, scratch);

    /// <summary>survdiff's chi-square for a labelling.</summary>
    public double ChiSquare(int[] labels, Scratch scratch)
    {
        var g = Groups;
        var observed = scratch.Observed;
        var expected = scratch.Expected;
        var variance = scratch.Variance;
        var risk = scratch.Risk;
        var events = scratch.Events;
        var removed = scratch.Removed;
        Array.Clear(observed);
        Array.Clear(expected);
        Array.Clear(variance);
        for (var s = 0; s < StrataCount; s++)
        {
            Array.Clear(risk);
            for (var k = StratumStart[s]; k < StratumStart[s + 1]; k++)
            {
                risk[labels[k]]++;
            }

            double n = StratumStart[s + 1] - StratumStart[s];
            for (var b = _strataBlock[s]; b < _strataBlock[s + 1]; b++)
            {
                Array.Clear(events);
                Array.Clear(removed);
                for (var k = _blockStart[b]; k < _blockStart[b + 1]; k++)
                {
                    events[labels[k]] += _status[k];
                    removed[labels[k]]++;
                }

                var d = _blockEvents[b];
                if (d > 0)
                {
                    var w = _blockWeight[b];
                    for (var a = 0; a < g; a++)
                    {
                        observed[a] += w * events[a];
                        expected[a] += w * d * risk[a] / n;
                    }

                    if (n > 1)
                    {
                        var kt = w * w * d * (n - d) / (n * n * (n - 1));
                        for (var a = 0; a < g; a++)
                        {
                            var tmp = kt * risk[a];
                            for (var c = 0; c < g; c++)
                            {
                                variance[a, c] -= tmp * risk[c];
                            }

                            variance[a, a] += tmp * n;
                        }
                    }
                }

                for (var a = 0; a < g; a++)
                {
                    risk[a] -= removed[a];
                }

                n -= _blockStart[b + 1] - _blockStart[b];
            }
        }

        return LogRankTest.ChiSquare(observed, expected, variance).ChiSquare;
    }

    /// <summary>coin's standardised linear rank statistic for a labelling: |Z| (two groups) or the quadratic form.</summary>
    public double LinearRank(int[] labels, Scratch scratch)
    {
        var t = scratch.Observed;
        Array.Clear(t);
        for (var k = 0; k < labels.Length; k++)
        {
            t[labels[k]] += _scores[k];
        }

        if (Groups == 2)
        {
            return Math.Abs(t[0] - _mean[0]) / Math.Sqrt(_covariance[0, 0]);
        }

        var u = scratch.Centred;
        var v = scratch.Covariance;
        for (var a = 1; a < Groups; a++)
        {
            u[a - 1] = t[a] - _mean[a];
            for (var c = 1; c < Groups; c++)
            {
                v[a - 1, c - 1] = _covariance[a, c];
            }
        }

        return QuadraticForm.Solve(v, u);
    }

    /// <summary>Strasser–Weber moments of T under relabelling within strata.</summary>
    private (double[] Mean, double[,] Covariance) PermutationMoments()
    {
        var mean = new double[Groups];
        var covariance = new double[Groups, Groups];
        var sizes = new double[Groups];
        for (var s = 0; s < StrataCount; s++)
        {
            var from = StratumStart[s];
            var to = StratumStart[s + 1];
            double ns = to - from;
            Array.Clear(sizes);
            var scoreMean = 0.0;
            for (var k = from; k < to; k++)
            {
                sizes[Labels[k]]++;
                scoreMean += _scores[k];
            }

            scoreMean /= ns;
            var scoreVariance = 0.0;
            for (var k = from; k < to; k++)
            {
                scoreVariance += (_scores[k] - scoreMean) * (_scores[k] - scoreMean);
            }

            scoreVariance /= ns;
            if (ns < 2)
            {
                continue;
            }

            for (var a = 0; a < Groups; a++)
            {
                mean[a] += sizes[a] * scoreMean;
                for (var c = 0; c < Groups; c++)
                {
                    covariance[a, c] += scoreVariance * (((a == c ? ns * sizes[a] : 0) - (sizes[a] * sizes[c])) / (ns - 1));
                }
            }
        }

        return (mean, covariance);
    }

    /// <summary>Per-task work arrays.</summary>
    internal sealed class Scratch(int groups)
    {
        public double[] Observed { get; } = new double[groups];

        public double[] Expected { get; } = new double[groups];

        public double[,] Variance { get; } = new double[groups, groups];

        public double[] Risk { get; } = new double[groups];

        public double[] Events { get; } = new double[groups];

        public double[] Removed { get; } = new double[groups];

        public double[] Centred { get; } = new double[Math.Max(1, groups - 1)];

        public double[,] Covariance { get; } = new double[Math.Max(1, groups - 1), Math.Max(1, groups - 1)];
    }
}
