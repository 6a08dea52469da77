using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// The radix sort behind the Cox time order and the concordance ranks: the order is R's stable
/// <c>order()</c> (here LINQ's stable OrderBy), and the sorted keys are equal exactly where the doubles are.
/// Keys with many ties, both signs, −0 and 0, tiny and huge magnitudes, and a length that skips passes.
/// </summary>
public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(5000)]
    [InlineData(200_003)]
    public void The_order_is_the_stable_order_and_sorted_keys_tie_where_the_values_do(int n)
    {
        var random = new Random(n + 7);
        double[] pool = [0.0, -0.0, 1.5, -1.5, 1e-300, -1e-300, 1e300, double.Epsilon, 2.25, 100];
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = random.Next(3) switch
            {
                0 => pool[random.Next(pool.Length)],
                1 => Math.Round(random.NextDouble() * 50, 2),
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20)),
            };
        }

        var (order, sorted) = RadixSort.OrderWithKeys(values);
        Assert.Equal(Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray(), order);
        for (var i = 1; i < n; i++)
        {
            Assert.Equal(values[order[i]] == values[order[i - 1]], sorted[i] == sorted[i - 1]);
            Assert.True(sorted[i] >= sorted[i - 1]);
        }
    }

    [Fact]
    public void Keys_that_share_their_high_bytes_still_sort_on_the_low_ones()
    {
        var values = Enumerable.Range(0, 1000).Select(i => 1.0 + (((i * 7919) % 1000) * Math.Pow(2, -52))).ToArray();
        var (order, _) = RadixSort.OrderWithKeys(values);
        Assert.Equal(Enumerable.Range(0, 1000).OrderBy(i => values[i]).ToArray(), order);
    }

    [Fact]
    public void A_sort_into_scratch_left_by_another_gives_the_same_order_and_keys()
    {
        var random = new Random(3);
        var first = Enumerable.Range(0, 4000).Select(_ => Math.Round(random.NextDouble() * 100, 1)).ToArray();
        var second = Enumerable.Range(0, 4000).Select(_ => random.NextDouble() - 0.5).ToArray();
        var scratch = new RadixScratch(4000);
        _ = RadixSort.OrderWithKeys(first, scratch);
        var (order, keys) = RadixSort.OrderWithKeys(second, scratch);
        var (freshOrder, freshKeys) = RadixSort.OrderWithKeys(second);
        Assert.Equal(freshOrder, order);
        Assert.Equal(freshKeys, keys);
        Assert.Throws<ArgumentException>(() => RadixSort.OrderWithKeys(new double[10], scratch));
    }

    [Fact]
    public void A_fit_leaves_its_time_sort_scratch_to_the_concordance_once()
    {
        var random = new Random(5);
        const int n = 3000;
        var time = Enumerable.Range(0, n).Select(_ => 1.0 + random.Next(400)).ToArray();
        var status = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.6 ? 1.0 : 0.0).ToArray();
        var x = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var fit = CoxModel.Fit(new CoxData(time, status, [SmnpcRepro.Survival.Cox.Design.CovariateSpec.Numeric("x", x)]));

        // The fit's concordance took the scratch; the concordance again, without it, is the same.
        Assert.Null(fit.Problem.TakeSortScratch());
        Assert.Equal(fit.Concordance, Concordance.Compute(fit.Problem, fit.SortedLinearPredictors, null));
    }
}
