using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Analysis.Tests.Robustness;

public sealed class QuantileAndLowessTests
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

    [Fact]
    public void Lowess_equals_R_with_its_defaults_and_without_robustness_passes()
    {
        // R 4.2.2: x <- c(1:10, 10, 12); y <- c(2, 4, 3, 6, 5, 8, 7, 10, 9, 30, 11, 12)
        // sprintf("%.15g", lowess(x, y)$y) and lowess(x, y, f = 0.5, iter = 0)$y. Tolerance 1e-12.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 12];
        double[] y = [2, 4, 3, 6, 5, 8, 7, 10, 9, 30, 11, 12];
        double[] robust = [2.23837062037462, 3.17406544594098, 4.12373756844723, 5.05908124647983, 5.99541002877361, 7.0102167674145, 8.0218996834986, 8.88726113476492, 9.77073866601247, 10.5486488273892, 10.5486488273892, 12.1247635667619];
        double[] plain = [2.2682024299641, 3.18241160632894, 4.12559625399326, 4.97445771884527, 6.02554228115473, 6.97445771884527, 8.02554228115473, 8.85475792988314, 13.9083870871546, 16.331778490113, 16.331778490113, 14.717969649859];
        var (sx, sy) = Lowess.Fit(x, y);
        Assert.Equal(x, sx);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(robust[i], sy[i], 1e-12);
        }

        var (_, py) = Lowess.Fit(x, y, 0.5, 0);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(plain[i], py[i], 1e-12);
        }
    }
}
