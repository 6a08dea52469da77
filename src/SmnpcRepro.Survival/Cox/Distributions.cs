using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SmnpcRepro.Survival.Cox;

/// <summary>The few distribution functions the survival results need, computed on the tail that keeps precision: the one place for the normal quantile, the two-sided normal P and the χ² upper tail (the paper's analysis, its reconstruction and its audit call these too).</summary>
public static class Distributions
{
    /// <summary>R's <c>qnorm(p)</c>.</summary>
    public static double NormalQuantile(double p) => Normal.InvCDF(0, 1, p);

    /// <summary>The normal quantile of a two-sided interval at <paramref name="level"/>, R's <c>qnorm(1 - (1 - level) / 2)</c> (1.959964… at 0.95).</summary>
    public static double TwoSidedQuantile(double level) => NormalQuantile(1 - ((1 - level) / 2));

    /// <summary>R's <c>2 * pnorm(-|z|)</c>.</summary>
    public static double TwoSidedNormalP(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>R's <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquareUpperTail(double x, int df)
    {
        if (double.IsNaN(x) || df <= 0)
        {
            return double.NaN;
        }

        return x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
    }
}
