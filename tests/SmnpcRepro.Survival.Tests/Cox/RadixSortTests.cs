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
}
