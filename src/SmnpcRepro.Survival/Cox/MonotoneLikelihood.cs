namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// R's check after the iterations (<c>coxph.fit</c>): the next Newton step |u′V| is still large relative to
/// β, so the log-likelihood converged while a coefficient runs off to infinity (monotone likelihood). The one
/// place the rule is written; <see cref="CoxResultBuilder"/> and <see cref="CoxWorkspace"/> call it.
/// </summary>
internal static class MonotoneLikelihood
{
    /// <summary>|Σₖ uₖ Vₖⱼ|: the size of the next Newton step of coefficient <paramref name="j"/>.</summary>
    public static double NextStep(ReadOnlySpan<double> score, ReadOnlySpan<double> variance, int j)
    {
        var p = score.Length;
        var step = 0.0;
        for (var k = 0; k < p; k++)
        {
            step += score[k] * variance[(k * p) + j];
        }

        return Math.Abs(step);
    }

    /// <summary>Whether coefficient <paramref name="j"/> may be infinite: its score is not finite, or its next step exceeds both eps and toler.inf × |β|.</summary>
    public static bool Flags(ReadOnlySpan<double> score, ReadOnlySpan<double> variance, ReadOnlySpan<double> coefficients, int j, CoxOptions options) =>
        Flags(NextStep(score, variance, j), score[j], coefficients[j], options);

    /// <summary>The rule on a step already computed.</summary>
    public static bool Flags(double step, double score, double coefficient, CoxOptions options) =>
        !double.IsFinite(score) || (step > options.ConvergenceTolerance && step > options.EffectiveInfiniteCoefficientTolerance * Math.Abs(coefficient));
}
