using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// <see cref="Concordance"/>, with its blocked trees (a tree over blocks of 64 ranks and a count per rank), against
/// the definition counted pair by pair: a pair is comparable when its earlier member is an event and the other has a
/// later time or is censored at that time, within a stratum. Data made to be hard: times and risk scores on coarse
/// grids (ties on time, on risk and on both; many ranks per block and across block edges), strata, clusters, heavy
/// censoring, ±0, and the side-by-side walks. R agreement itself is held by <c>CoxReferenceTests</c> and
/// <c>CoxExtraReferenceTests</c>.
/// </summary>
public sealed class ConcordanceTreeTests
{
    public static TheoryData<int, int, int, int, bool> Cases() => new()
    {
        // rows, distinct times, distinct scores, strata, clustered
        { 40, 5, 3, 1, false },
        { 300, 12, 7, 1, true },
        { 1000, 1000, 1000, 1, false },
        { 1500, 30, 10, 3, true },
        { 5000, 8, 2, 2, false },
        { 4000, 300, 3000, 2, true },

        // 0 distinct scores: every score distinct (a bit per rank), with ties on time, strata and clusters.
        { 64, 10, 0, 1, false },
        { 2000, 2000, 0, 1, false },
        { 3000, 200, 0, 3, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_and_standard_error_equal_the_pairwise_definition(int n, int times, int scores, int strata, bool clustered)
    {
        var (problem, risk, clusterSorted) = Data(n, times, scores, strata, clustered);
        var expected = PairByPair(problem, risk, clusterSorted);
        var sequential = Concordance.Compute(problem, risk, clusterSorted, parallel: false);
        Assert.Equal((expected.Concordant, expected.Discordant, expected.TiedRisk, expected.TiedTime, expected.TiedBoth),
            (sequential.Concordant, sequential.Discordant, sequential.TiedRisk, sequential.TiedTime, sequential.TiedBoth));
        Assert.Equal(expected.Concordance, sequential.Concordance, 12);
        AssertClose.Relative(expected.StandardError, sequential.StandardError, 1e-10, "SE");
        Assert.Equal(sequential, Concordance.Compute(problem, risk, clusterSorted, parallel: true));
        Assert.True(expected.TiedTime > 0 || times == n, "the data have events tied on time");
        Assert.True(scores == 0 ? expected.TiedRisk == 0 : expected.TiedRisk > 0, "ties on risk as the case means");
    }

    [Fact]
    public void The_side_by_side_walks_equal_the_sequential_ones_on_a_large_problem()
    {
        var (problem, risk, clusterSorted) = Data(200_003, 500, 50_000, 2, clustered: true);
        Assert.Equal(Concordance.Compute(problem, risk, clusterSorted, parallel: false), Concordance.Compute(problem, risk, clusterSorted, parallel: true));
        var (distinctProblem, distinctRisk, _) = Data(200_003, 500, 0, 2, clustered: false);
        Assert.Equal(Concordance.Compute(distinctProblem, distinctRisk, null, parallel: false), Concordance.Compute(distinctProblem, distinctRisk, null, parallel: true));
    }

    private static (CoxProblem Problem, double[] Risk, int[]? ClusterSorted) Data(int n, int times, int scores, int strata, bool clustered)
    {
        var random = new Random(n + times + scores);
        var time = new double[n];
        var status = new double[n];
        var x = new double[n];
        var stratum = new double[n];
        var cluster = new double[n];
        for (var i = 0; i < n; i++)
        {
            time[i] = 1 + random.Next(times);
            status[i] = random.NextDouble() < 0.6 ? 1 : 0;
            x[i] = random.NextDouble();
            stratum[i] = random.Next(strata);
            cluster[i] = random.Next(Math.Max(2, n / 7));
        }

        status[0] = 1;
        var fit = CoxModel.Fit(new CoxData(time, status, [CovariateSpec.Numeric("x", x)])
        {
            Strata = strata > 1 ? GroupingColumn.FromNumbers("s", stratum) : null,
        });
        var problem = fit.Problem;
        var risk = new double[n];
        var distinct = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        for (var i = 0; i < n; i++)
        {
            // Scores on a grid, some of them −0 beside +0; or all distinct, in random order.
            risk[i] = scores == 0 ? distinct[i] - (n / 2) + 0.5 : random.Next(scores) - (scores / 2) + (i % 97 == 0 ? -0.0 : 0.0);
        }

        int[]? clusterSorted = null;
        if (clustered)
        {
            var codes = GroupingColumn.FromNumbers("c", cluster);
            clusterSorted = new int[n];
            for (var i = 0; i < n; i++)
            {
                clusterSorted[i] = codes.Codes[problem.Order[i]];
            }
        }

        return (problem, risk, clusterSorted);
    }

    /// <summary>The concordance by its definition, every pair looked at (O(n²)); the SE from the per-subject counts as documented.</summary>
    private static ConcordanceResult PairByPair(CoxProblem problem, double[] risk, int[]? clusterSorted)
    {
        var n = problem.N;
        var c = new double[n];
        var d = new double[n];
        var t = new double[n];
        double concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j || problem.Status[i] != 1 || problem.StratumOf(i) != problem.StratumOf(j))
                {
                    continue;
                }

                if (problem.Time[j] == problem.Time[i] && problem.Status[j] == 1)
                {
                    // Two events at one time: tied on time, counted once per pair.
                    if (i < j)
                    {
                        tiedTime++;
                        tiedBoth += risk[i] == risk[j] ? 1 : 0;
                    }

                    continue;
                }

                if (problem.Time[j] < problem.Time[i])
                {
                    continue;
                }

                // i's event comes first: concordant when i has the higher risk score.
                if (risk[i] > risk[j])
                {
                    concordant++;
                    c[i]++;
                    c[j]++;
                }
                else if (risk[i] < risk[j])
                {
                    discordant++;
                    d[i]++;
                    d[j]++;
                }
                else
                {
                    tiedRisk++;
                    t[i]++;
                    t[j]++;
                }
            }
        }

        var pairs = concordant + discordant + tiedRisk;
        var somers = (concordant - discordant) / pairs;
        var sums = new Dictionary<int, double>();
        for (var k = 0; k < n; k++)
        {
            var dfbeta = ((c[k] - d[k]) / pairs) - (somers / pairs * (c[k] + d[k] + t[k]));
            var key = clusterSorted?[k] ?? k;
            sums[key] = sums.GetValueOrDefault(key) + dfbeta;
        }

        var variance = sums.Values.Sum(v => v * v);
        return new ConcordanceResult((somers + 1) / 2, Math.Sqrt(variance / 4), concordant, discordant, tiedRisk, tiedTime - tiedBoth, tiedBoth);
    }
}
