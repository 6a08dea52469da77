namespace SmnpcRepro.Survival.Cox;

/// <summary>A chi-square test: statistic, degrees of freedom and upper-tail p (R's <c>pchisq(..., lower.tail = FALSE)</c>).</summary>
/// <param name="Statistic">The chi-square statistic.</param>
/// <param name="DegreesOfFreedom">Its degrees of freedom.</param>
/// <param name="P">The p-value.</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double P)
{
    /// <summary>The test of <paramref name="statistic"/> on <paramref name="degreesOfFreedom"/> df.</summary>
    public static ChiSquareTest Of(double statistic, int degreesOfFreedom) =>
        new(statistic, degreesOfFreedom, Distributions.ChiSquareUpperTail(statistic, degreesOfFreedom));
}
