namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// What <see cref="CoxModel.FitEstimates"/> returns: per coefficient, in design-column order, the estimate,
/// its model-based Wald p, whether it is estimable and whether it may be infinite — each computed by the same
/// rules as <see cref="CoxFit.Coefficients"/> (<see cref="CoxNewtonRaphson.IsEstimable"/>,
/// <see cref="MonotoneLikelihood"/>), so the two agree bit for bit.
/// </summary>
/// <param name="Coefficients">β̂ (NaN when not estimable).</param>
/// <param name="P">Wald p, R's <c>2 * pnorm(-|z|)</c> (NaN when not estimable).</param>
/// <param name="IsEstimable">False for a redundant column (R's NA).</param>
/// <param name="MayBeInfinite">R's "coefficient may be infinite" (monotone likelihood).</param>
/// <param name="Converged">Whether the convergence criterion was met.</param>
public sealed record CoxEstimates(double[] Coefficients, double[] P, bool[] IsEstimable, bool[] MayBeInfinite, bool Converged)
{
    internal static CoxEstimates From(CoxIterationResult result, CoxOptions options)
    {
        var p = result.Coefficients.Length;
        var coefficients = new double[p];
        var pValues = new double[p];
        var estimable = new bool[p];
        var infinite = new bool[p];
        for (var j = 0; j < p; j++)
        {
            var variance = result.Variance[(j * p) + j];
            estimable[j] = CoxNewtonRaphson.IsEstimable(result.Flag, p, variance);
            if (!estimable[j])
            {
                coefficients[j] = double.NaN;
                pValues[j] = double.NaN;
                continue;
            }

            coefficients[j] = result.Coefficients[j];
            pValues[j] = Distributions.TwoSidedNormalP(result.Coefficients[j] / Math.Sqrt(variance));
            infinite[j] = options.MaxIterations > 1 && MonotoneLikelihood.Flags(result.Score, result.Variance, result.Coefficients, j, options);
        }

        return new CoxEstimates(coefficients, pValues, estimable, infinite, result.Converged);
    }
}
