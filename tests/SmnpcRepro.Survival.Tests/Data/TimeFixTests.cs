using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.Tests.Data;

public sealed class TimeFixTests
{
    [Fact]
    public void Merges_times_that_differ_by_rounding_noise()
    {
        // R 4.2.2, survival 3.5-3:
        //   print(aeqSurv(Surv(c(1/3+1/3, 2/3, 1, 0.1*3, 0.3), rep(1,5)))[,1], digits=17)
        //   0.66666666666666663 0.66666666666666663 1 0.29999999999999999 0.29999999999999999
        // 0.1*3 is 0.30000000000000004, one ulp above 0.3: R merges it down to 0.3.
        var fixedTimes = TimeFix.Apply([(1.0 / 3.0) + (1.0 / 3.0), 2.0 / 3.0, 1.0, 0.1 * 3, 0.3]);
        Assert.NotEqual(0.3, 0.1 * 3);
        Assert.Equal([2.0 / 3.0, 2.0 / 3.0, 1.0, 0.3, 0.3], fixedTimes);
    }

    [Fact]
    public void Leaves_distinct_times_and_non_finite_values_alone()
    {
        double[] times = [1, 2, 2, 3.5, double.NaN, double.PositiveInfinity];
        var fixedTimes = TimeFix.Apply(times);
        Assert.Equal(times, fixedTimes);
    }
}
