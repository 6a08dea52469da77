using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class QuantileTests
{
    [Fact]
    public void Quantiles_are_R_type_7()
    {
        // R 4.2.2: quantile(c(1, 2, 3, 4, 10), c(0, .025, .5, .975, 1)) = 1, 1.1, 3, 9.4, 10.
        double[] sorted = [1, 2, 3, 4, 10];
        Assert.Equal(1.0, Quantile.Type7(sorted, 0), 12);
        Assert.Equal(1.1, Quantile.Type7(sorted, 0.025), 12);
        Assert.Equal(3.0, Quantile.Type7(sorted, 0.5), 12);
        Assert.Equal(9.4, Quantile.Type7(sorted, 0.975), 12);
        Assert.Equal(10.0, Quantile.Type7(sorted, 1), 12);
        Assert.True(double.IsNaN(Quantile.Type7([], 0.5)));
    }
}
