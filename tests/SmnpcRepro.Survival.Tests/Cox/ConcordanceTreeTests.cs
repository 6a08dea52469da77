using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// <see cref="Concordance"/> with its blocked trees (a tree over blocks of 64 ranks and a count per rank) equals,
/// exactly, the plain Fenwick-tree walks (<see cref="FenwickConcordance"/>) on data made to be hard: times and risk
/// scores on coarse grids (many ties on time, on risk and on both; rank counts below, at and across block edges),
/// strata, clusters, heavy censoring, and the parallel walks. R agreement itself is
/// held by <c>CoxReferenceTests</c> and <c>CoxExtraReferenceTests</c>.
/// </summary>
public sealed class ConcordanceTreeTests
{
    public static TheoryData<int, int, int, int, bool> Cases() => new()
    {
        // rows, distinct times, distinct scores, strata, clusters
        { 40, 5, 3, 1, false },
        { 300, 12, 7, 1, true },
        { 1000, 1000, 1000, 1, false },
        { 1500, 30, 10, 3, true },
        { 5000, 8, 2, 2, false },
        { 200_003, 500, 50, 1, false },
        { 120_000, 4000, 100_000, 2, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_equal_the_Fenwick_walks(int n, int times, int scores, int strata, bool clustered)
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
        for (var i = 0; i < n; i++)
        {
            // Scores on a grid, with a signed zero and its negative twin among them.
            risk[i] = random.Next(scores) - (scores / 2) + (i % 97 == 0 ? -0.0 : 0.0);
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

        var expected = FenwickConcordance.Compute(problem, risk, clusterSorted, parallel: false);
        Assert.Equal(expected, Concordance.Compute(problem, risk, clusterSorted, parallel: false));
        Assert.Equal(expected, Concordance.Compute(problem, risk, clusterSorted, parallel: true));
        Assert.True(expected.TiedTime > 0 || times == n, "the data have events tied on time");
    }
}
