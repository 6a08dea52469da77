using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Harrell's concordance between a risk score and right-censored survival with its standard error, as
/// <c>coxph</c> stores it in <c>fit$concordance</c> (survival ≥ 3.0's <c>concordancefit(y, lp, strata,
/// reverse = TRUE, timefix = FALSE)</c>, time weight "n").
/// <para>
/// A pair is comparable when the shorter time is an event (a censoring at the same time counts as
/// outliving the event; two events at one time are tied on time and not comparable). Pairs never cross
/// strata. Per subject the number of concordant, discordant and risk-tied comparable pairs it belongs to is
/// its influence; the variance is Σ dfbeta² / 4 with dfbeta_i = (c_i − d_i)/N − (S/N)(c_i + d_i + t_i),
/// S = (C − D)/N Somers' d and N = C + D + T, dfbeta summed within clusters first.
/// </para>
/// <para>
/// Computed in O(n log n) with Fenwick trees over the ranks of the risk score: the event side of each pair
/// from a walk down in time with a tree of the subjects at risk, the survivor side from a walk up in time
/// with a tree of the events so far. The trees are blocked (a tree over blocks of 64 ranks, a count per rank)
/// so that each step touches memory about once rather than once per tree level; when every score is distinct
/// a bit per rank replaces the count, and the whole tree stays in the core's cache.
/// </para>
/// </summary>
public static class Concordance
{
    /// <summary>The concordance of a fitted model's linear predictor (what R stores on the fit).</summary>
    public static ConcordanceResult Of(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Concordance;
    }

    internal static ConcordanceResult Compute(CoxProblem problem, double[] risk, int[]? clusterSorted, bool? parallel = null)
    {
        var n = problem.N;
        var rank = Ranks(risk, problem.TakeSortScratch(), out var rankCount);

        // Event side (tree of subjects at risk) and survivor side (tree of events passed) are independent
        // walks; they run side by side and write separate arrays, so the result is the same on any core count.
        var eventSide = new SideCounts(n);
        var survivorSide = new SideCounts(n);
        double concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        // With every score distinct (the usual continuous predictor) a rank is held at most once, and a bit per
        // rank (the tree's whole state about 190 KB at a million rows) replaces the count per rank.
        var distinct = rankCount == n;
        void EventWalk() => (concordant, discordant, tiedRisk, tiedTime, tiedBoth) = distinct
            ? WalkAtRisk(problem, rank, new BitTree(rankCount), eventSide)
            : WalkAtRisk(problem, rank, new CountTree(rankCount), eventSide);
        void SurvivorWalk()
        {
            if (distinct)
            {
                WalkEvents(problem, rank, new BitTree(rankCount), survivorSide);
            }
            else
            {
                WalkEvents(problem, rank, new CountTree(rankCount), survivorSide);
            }
        }

        if (parallel ?? CoxParallelism.SideBySide(n))
        {
            Parallel.Invoke(EventWalk, SurvivorWalk);
        }
        else
        {
            EventWalk();
            SurvivorWalk();
        }

        var pairs = concordant + discordant + tiedRisk;
        var somers = (concordant - discordant) / pairs;
        var clusters = n;
        if (clusterSorted is not null)
        {
            clusters = 0;
            foreach (var c in clusterSorted)
            {
                clusters = Math.Max(clusters, c + 1);
            }
        }

        var sums = clusterSorted is null ? null : new double[clusters];
        var variance = 0.0;
        for (var k = 0; k < n; k++)
        {
            // Cox orientation: concordant when the earlier event has the higher risk score.
            double c = eventSide.Less[k] + survivorSide.Greater[k];
            double d = eventSide.Greater[k] + survivorSide.Less[k];
            double t = eventSide.Equal[k] + survivorSide.Equal[k];
            var dfbeta = ((c - d) / pairs) - (somers / pairs * (c + d + t));
            if (sums is null)
            {
                variance += dfbeta * dfbeta;
            }
            else
            {
                sums[clusterSorted![k]] += dfbeta;
            }
        }

        if (sums is not null)
        {
            foreach (var v in sums)
            {
                variance += v * v;
            }
        }

        return new ConcordanceResult((somers + 1) / 2, Math.Sqrt(variance / 4), concordant, discordant, tiedRisk, tiedTime - tiedBoth, tiedBoth);
    }

    /// <summary>
    /// Walks each stratum from the longest time down with a tree of the subjects at risk (those with a longer
    /// time, and those censored at the same time); for each event counts the at-risk subjects with lower,
    /// equal and higher risk score, and the pairs of events tied on time (and on risk).
    /// </summary>
    private static (double Concordant, double Discordant, double TiedRisk, double TiedTime, double TiedBoth) WalkAtRisk<TTree>(CoxProblem problem, int[] rank, TTree atRisk, SideCounts side)
        where TTree : struct, IRankTree
    {
        var time = problem.Time;
        var status = problem.Status;
        double concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        var tiedRanks = new List<int>();
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var last = problem.StratumStart[s + 1] - 1;
            for (var i = last; i >= first;)
            {
                var lo = i;
                while (lo > first && time[lo - 1] == time[i])
                {
                    lo--;
                }

                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 0)
                    {
                        atRisk.Add(rank[k], 1);
                    }
                }

                tiedRanks.Clear();
                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 1)
                    {
                        var (less, equal, greater) = atRisk.Split(rank[k]);
                        side.Less[k] = less;
                        side.Equal[k] = equal;
                        side.Greater[k] = greater;
                        concordant += less;
                        discordant += greater;
                        tiedRisk += equal;
                        tiedRanks.Add(rank[k]);
                    }
                }

                if (tiedRanks.Count > 1)
                {
                    var d = tiedRanks.Count;
                    tiedTime += d * (d - 1) / 2.0;
                    tiedRanks.Sort();
                    for (var a = 0; a < d;)
                    {
                        var b = a + 1;
                        while (b < d && tiedRanks[b] == tiedRanks[a])
                        {
                            b++;
                        }

                        tiedBoth += (b - a) * (b - a - 1) / 2.0;
                        a = b;
                    }
                }

                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 1)
                    {
                        atRisk.Add(rank[k], 1);
                    }
                }

                i = lo - 1;
            }

            if (s + 1 < problem.StratumCount)
            {
                for (var k = first; k <= last; k++)
                {
                    atRisk.Add(rank[k], -1);
                }
            }
        }

        return (concordant, discordant, tiedRisk, tiedTime, tiedBoth);
    }

    /// <summary>
    /// Walks each stratum from the shortest time up with a tree of the events so far: a subject's
    /// survivor-side pairs are the events before its time (and, when it is censored, at its time), by lower,
    /// equal and higher risk score.
    /// </summary>
    private static void WalkEvents<TTree>(CoxProblem problem, int[] rank, TTree events, SideCounts side)
        where TTree : struct, IRankTree
    {
        var time = problem.Time;
        var status = problem.Status;
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var last = problem.StratumStart[s + 1] - 1;
            for (var i = first; i <= last;)
            {
                var hi = i;
                while (hi < last && time[hi + 1] == time[i])
                {
                    hi++;
                }

                for (var pass = 0; pass < 3; pass++)
                {
                    for (var k = i; k <= hi; k++)
                    {
                        if (pass == 1)
                        {
                            if (status[k] == 1)
                            {
                                events.Add(rank[k], 1);
                            }
                        }
                        else if (status[k] == (pass == 0 ? 1 : 0))
                        {
                            // Pass 0: events, before this time's events join; pass 2: censored, after.
                            var (less, equal, greater) = events.Split(rank[k]);
                            side.Less[k] = less;
                            side.Equal[k] = equal;
                            side.Greater[k] = greater;
                        }
                    }
                }

                i = hi + 1;
            }

            if (s + 1 < problem.StratumCount)
            {
                for (var k = first; k <= last; k++)
                {
                    if (status[k] == 1)
                    {
                        events.Add(rank[k], -1);
                    }
                }
            }
        }
    }

    /// <summary>Ranks 0..count−1 of the values (equal values share a rank).</summary>
    private static int[] Ranks(double[] values, RadixScratch? scratch, out int count)
    {
        var n = values.Length;
        var (order, sorted) = RadixSort.OrderWithKeys(values, scratch); // left only when its length is N
        var rank = Memory.LargeArrays.AllocateUninitialized<int>(n);
        count = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sorted[i] != sorted[i - 1])
            {
                count++;
            }

            rank[order[i]] = count;
        }

        count++;
        return rank;
    }

    /// <summary>Per-subject counts of one side of its pairs, by the other member's risk score.</summary>
    private sealed class SideCounts(int n)
    {
        public int[] Less { get; } = Memory.LargeArrays.Allocate<int>(n);

        public int[] Equal { get; } = Memory.LargeArrays.Allocate<int>(n);

        public int[] Greater { get; } = Memory.LargeArrays.Allocate<int>(n);
    }

    /// <summary>Counts by rank with prefix sums: what each walk keeps of the subjects it has passed.</summary>
    private interface IRankTree
    {
        /// <summary>Adds <paramref name="weight"/> (±1) subjects at <paramref name="rank"/>.</summary>
        void Add(int rank, int weight);

        /// <summary>Counts with rank below, equal to and above <paramref name="rank"/>.</summary>
        (int Less, int Equal, int Greater) Split(int rank);
    }

    /// <summary>
    /// Counts by rank with prefix sums in O(log n), in two levels so that a million ranks cost about one cache
    /// miss per operation: a Fenwick tree over blocks of 64 ranks (small enough to stay in cache) and the count of
    /// each rank, summed within the block by SIMD.
    /// </summary>
    private struct CountTree : IRankTree
    {
        private const int BlockBits = 6;
        private readonly int[] _count;
        private readonly int[] _blocks;
        private int _total;

        public CountTree(int size)
        {
            // Padded by one vector so a block's scan can always read whole vectors.
            _count = new int[size + System.Numerics.Vector<int>.Count];
            _blocks = new int[(size >> BlockBits) + 2];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int rank, int weight)
        {
            _count[rank] += weight;
            _total += weight;
            for (var i = (rank >> BlockBits) + 1; i < _blocks.Length; i += i & -i)
            {
                _blocks[i] += weight;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly (int Less, int Equal, int Greater) Split(int rank)
        {
            var less = 0;
            for (var i = rank >> BlockBits; i > 0; i -= i & -i)
            {
                less += _blocks[i];
            }

            var width = System.Numerics.Vector<int>.Count;
            var k = (rank >> BlockBits) << BlockBits;
            var sums = System.Numerics.Vector<int>.Zero;
            for (; k + width <= rank; k += width)
            {
                sums += new System.Numerics.Vector<int>(_count, k);
            }

            less += System.Numerics.Vector.Sum(sums);
            for (; k < rank; k++)
            {
                less += _count[k];
            }

            var equal = _count[rank];
            return (less, equal, _total - less - equal);
        }
    }

    /// <summary>
    /// The same when no rank is ever held twice (every score distinct): one bit per rank, a Fenwick tree over
    /// the 64-bit words, and the count below a rank within its word by one population count. A million ranks
    /// take 125 KB of bits and 62 KB of tree, which stay in the core's own cache.
    /// </summary>
    private struct BitTree : IRankTree
    {
        private readonly ulong[] _bits;
        private readonly int[] _words;
        private int _total;

        public BitTree(int size)
        {
            _bits = new ulong[(size >> 6) + 1];
            _words = new int[(size >> 6) + 2];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int rank, int weight)
        {
            // weight is +1 for a rank not held, −1 for a rank held: either way the bit flips.
            _bits[rank >> 6] ^= 1UL << rank;
            _total += weight;
            for (var i = (rank >> 6) + 1; i < _words.Length; i += i & -i)
            {
                _words[i] += weight;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly (int Less, int Equal, int Greater) Split(int rank)
        {
            var less = 0;
            for (var i = rank >> 6; i > 0; i -= i & -i)
            {
                less += _words[i];
            }

            var word = _bits[rank >> 6];
            less += System.Numerics.BitOperations.PopCount(word & ((1UL << rank) - 1));
            var equal = (int)((word >> rank) & 1);
            return (less, equal, _total - less - equal);
        }
    }
}
