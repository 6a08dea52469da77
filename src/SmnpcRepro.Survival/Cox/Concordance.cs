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
/// Computed in O(n log n): within a stratum the rows are walked from the longest time down, with two
/// Fenwick trees over the ranks of the risk score, one for the subjects already at risk and one for the
/// events already passed. A subject's survivor-side counts are the events counted after it entered.
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

    internal static ConcordanceResult Compute(CoxProblem problem, double[] risk, int[]? clusterSorted)
    {
        var n = problem.N;
        var time = problem.Time;
        var status = problem.Status;
        var rank = Ranks(risk, out var rankCount);
        var atRisk = new FenwickTree(rankCount);
        var deaths = new FenwickTree(rankCount);
        var concordantInfluence = new double[n];
        var discordantInfluence = new double[n];
        var tiedInfluence = new double[n];
        double concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        var tiedRanks = new List<int>();

        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var last = problem.StratumStart[s + 1] - 1;
            var i = last;
            while (i >= first)
            {
                var lo = i;
                while (lo > first && time[lo - 1] == time[i])
                {
                    lo--;
                }

                // Censored at this time: they outlive the deaths at this time.
                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 0)
                    {
                        Enter(k);
                    }
                }

                tiedRanks.Clear();
                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 1)
                    {
                        var r = rank[k];
                        var (less, equal, greater) = atRisk.Split(r);
                        concordantInfluence[k] += less;
                        discordantInfluence[k] += greater;
                        tiedInfluence[k] += equal;
                        concordant += less;
                        discordant += greater;
                        tiedRisk += equal;
                        tiedRanks.Add(r);
                        deaths.Add(r, 1);
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

                        var c = b - a;
                        tiedBoth += c * (c - 1) / 2.0;
                        a = b;
                    }
                }

                for (var k = lo; k <= i; k++)
                {
                    if (status[k] == 1)
                    {
                        Enter(k);
                    }
                }

                i = lo - 1;
            }

            // Survivor side: events counted after each subject entered.
            for (var k = first; k <= last; k++)
            {
                var (less, equal, greater) = deaths.Split(rank[k]);
                concordantInfluence[k] += greater;
                discordantInfluence[k] += less;
                tiedInfluence[k] += equal;
            }

            for (var k = first; k <= last; k++)
            {
                atRisk.Add(rank[k], -1);
                if (status[k] == 1)
                {
                    deaths.Add(rank[k], -1);
                }
            }
        }

        var pairs = concordant + discordant + tiedRisk;
        var somers = (concordant - discordant) / pairs;
        double variance;
        if (clusterSorted is null)
        {
            variance = 0;
            for (var k = 0; k < n; k++)
            {
                var dfbeta = Dfbeta(k);
                variance += dfbeta * dfbeta;
            }
        }
        else
        {
            var clusters = 0;
            foreach (var c in clusterSorted)
            {
                clusters = Math.Max(clusters, c + 1);
            }

            var sums = new double[clusters];
            for (var k = 0; k < n; k++)
            {
                sums[clusterSorted[k]] += Dfbeta(k);
            }

            variance = 0;
            foreach (var v in sums)
            {
                variance += v * v;
            }
        }

        return new ConcordanceResult((somers + 1) / 2, Math.Sqrt(variance / 4), concordant, discordant, tiedRisk, tiedTime - tiedBoth, tiedBoth);

        double Dfbeta(int k) =>
            ((concordantInfluence[k] - discordantInfluence[k]) / pairs)
            - (somers / pairs * (concordantInfluence[k] + discordantInfluence[k] + tiedInfluence[k]));

        void Enter(int k)
        {
            var (less, equal, greater) = deaths.Split(rank[k]);
            concordantInfluence[k] -= greater;
            discordantInfluence[k] -= less;
            tiedInfluence[k] -= equal;
            atRisk.Add(rank[k], 1);
        }
    }

    /// <summary>Ranks 0..count−1 of the values (equal values share a rank).</summary>
    private static int[] Ranks(double[] values, out int count)
    {
        var n = values.Length;
        var keys = (double[])values.Clone();
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            index[i] = i;
        }

        Array.Sort(keys, index);
        var rank = new int[n];
        count = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && keys[i] != keys[i - 1])
            {
                count++;
            }

            rank[index[i]] = count;
        }

        count++;
        return rank;
    }

    /// <summary>Counts by rank with prefix sums in O(log n).</summary>
    private sealed class FenwickTree(int size)
    {
        private readonly double[] _tree = new double[size + 1];
        private readonly double[] _count = new double[size];
        private double _total;

        public void Add(int rank, double weight)
        {
            _count[rank] += weight;
            _total += weight;
            for (var i = rank + 1; i < _tree.Length; i += i & -i)
            {
                _tree[i] += weight;
            }
        }

        /// <summary>Weights with rank below, equal to and above <paramref name="rank"/>.</summary>
        public (double Less, double Equal, double Greater) Split(int rank)
        {
            var less = 0.0;
            for (var i = rank; i > 0; i -= i & -i)
            {
                less += _tree[i];
            }

            var equal = _count[rank];
            return (less, equal, _total - less - equal);
        }
    }
}
