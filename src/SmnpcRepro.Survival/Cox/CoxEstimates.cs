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
    /// <summary>The model-based variance of β̂ (inverse information), p × p row-major; redundant rows and columns are 0.</summary>
    public double[] Variance { get; init; } = [];

    /// <summary>
    /// The joint Wald test that the coefficients <paramref name="columns"/> are all 0 (b′ V⁻¹ b over the estimable
    /// ones, R's rank rule), as <see cref="CoxWaldTest"/> gives it for a full fit.
    /// </summary>
    public ChiSquareTest WaldTest(ReadOnlySpan<int> columns, double tolerance)
    {
        var p = Coefficients.Length;
        Span<int> kept = stackalloc int[columns.Length];
        var k = 0;
        foreach (var j in columns)
        {
            if (IsEstimable[j])
            {
                kept[k++] = j;
            }
        }

        if (k == 0)
        {
            return new ChiSquareTest(double.NaN, 0, double.NaN);
        }

        var (statistic, df) = CholeskySolver.QuadraticForm(Variance, p, Coefficients, kept[..k], tolerance);
        return ChiSquareTest.Of(statistic, df);
    }

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

        return new CoxEstimates(coefficients, pValues, estimable, infinite, result.Converged) { Variance = result.Variance };
    }
}
