using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Bad input gives a clear message on the result or an <see cref="ArgumentException"/>, never a silent NaN.
/// </summary>
public sealed class CoxBadInputTests
{
    private static readonly double[] Time = [5, 8, 12, 3, 9, 15, 7, 11];
    private static readonly double[] Status = [1, 0, 1, 1, 1, 0, 1, 1];
    private static readonly double[] Age = [61, 70, 55, 68, 49, 73, 66, 58];

    [Fact]
    public void Constant_covariate_is_marked_not_estimable_with_a_message()
    {
        // R: coxph(Surv(time, status) ~ age + k) with k constant prints NA for k and fits age alone.
        var fit = CoxModel.Fit(new CoxData(Time, Status, [CovariateSpec.Numeric("age", Age), CovariateSpec.Numeric("k", [5, 5, 5, 5, 5, 5, 5, 5])]));
        var alone = CoxModel.Fit(new CoxData(Time, Status, [CovariateSpec.Numeric("age", Age)]));
        Assert.False(fit.Coefficients[1].IsEstimable);
        Assert.True(fit.Coefficients[0].IsEstimable);
        Assert.Contains(fit.Warnings, w => w.Contains("variable 2 (k)", StringComparison.Ordinal) && w.Contains("not estimable", StringComparison.Ordinal));
        AssertClose.Relative(alone.Coefficients[0].Coefficient, fit.Coefficients[0].Coefficient, 1e-12, "age");
        Assert.Equal(1, fit.LikelihoodRatioTest.DegreesOfFreedom);
        Assert.False(double.IsNaN(fit.WaldTest.Statistic));
        Assert.Equal(1, fit.WaldTest.DegreesOfFreedom);
    }

    [Fact]
    public void No_events_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(new CoxData(Time, new double[8], [CovariateSpec.Numeric("age", Age)])));
        Assert.Contains("No events", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factor_level_left_without_rows_by_missing_values_is_an_error()
    {
        // Level "c" only occurs in a row whose time is missing, so it has no analysed rows.
        double[] time = [5, 8, double.NaN, 3, 9, 15, 7, 11];
        var group = CovariateSpec.Factor("group", ["a", "b", "c", "a", "b", "a", "b", "a"]);
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(new CoxData(time, Status, [group])));
        Assert.Contains("level 'c' has no rows among the 7 analysed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_other_than_zero_or_one_is_an_error_naming_the_row()
    {
        double[] status = [1, 0, 2, 1, 1, 0, 1, 1];
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(new CoxData(Time, status, [CovariateSpec.Numeric("age", Age)])));
        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_rows_are_dropped_and_listed()
    {
        double[] age = [61, double.NaN, 55, 68, 49, 73, 66, 58];
        double[] status = [1, 0, 1, double.NaN, 1, 0, 1, 1];
        var fit = CoxModel.Fit(new CoxData(Time, status, [CovariateSpec.Numeric("age", age)]));
        Assert.Equal([1, 3], fit.DroppedRows);
        Assert.Equal(6, fit.RowCount);
        Assert.Equal(5, fit.EventCount);
        Assert.Equal(5.0, fit.EventsPerVariable);
    }

    [Fact]
    public void Invalid_options_are_errors()
    {
        var data = new CoxData(Time, Status, [CovariateSpec.Numeric("age", Age)]);
        Assert.Throws<ArgumentException>(() => CoxModel.Fit(data, new CoxOptions { MaxIterations = -1 }));
        Assert.Throws<ArgumentException>(() => CoxModel.Fit(data, new CoxOptions { ConvergenceTolerance = 0 }));
        Assert.Throws<ArgumentException>(() => CoxModel.Fit(data, new CoxOptions { ConfidenceLevel = 1 }));
    }

    [Fact]
    public void Confidence_level_other_than_95_percent_uses_its_quantile()
    {
        var data = new CoxData(Time, Status, [CovariateSpec.Numeric("age", Age)]);
        var fit = CoxModel.Fit(data, new CoxOptions { ConfidenceLevel = 0.90 });
        var c = fit.Coefficients[0];

        // qnorm(0.95) = 1.6448536269514722 (R).
        AssertClose.Relative(Math.Exp(c.Coefficient + (1.6448536269514722 * c.StandardError)), c.ConfidenceInterval.Upper, 1e-14, "upper 90%");
        Assert.Equal(0.90, c.ConfidenceInterval.Level);
    }
}
