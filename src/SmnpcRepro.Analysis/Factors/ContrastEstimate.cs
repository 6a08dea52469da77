using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>One contrast of a factor and its coefficient in a Cox fit: one HR of Table 2.</summary>
/// <param name="Contrast">The contrast (the factor itself for a binary or ordinal factor).</param>
/// <param name="Coefficient">Its coefficient.</param>
public sealed record ContrastEstimate(FactorContrast Contrast, CoxCoefficient Coefficient)
{
    /// <summary>The estimates of <paramref name="factor"/>'s contrasts in <paramref name="fit"/>, or empty when the fit does not have the factor.</summary>
    public static IReadOnlyList<ContrastEstimate> Of(PrognosticFactor factor, CoxFit? fit)
    {
        ArgumentNullException.ThrowIfNull(factor);
        if (fit is null)
        {
            return [];
        }

        var estimates = new List<ContrastEstimate>();
        foreach (var contrast in factor.Contrasts)
        {
            var c = fit.Coefficients.FirstOrDefault(x => string.Equals(x.Name, contrast.Key, StringComparison.Ordinal));
            if (c is not null)
            {
                estimates.Add(new ContrastEstimate(contrast, c));
            }
        }

        return estimates;
    }

    /// <summary>
    /// The Wald test of <paramref name="factor"/> in <paramref name="fit"/>: its one coefficient's (z², 1 df, the
    /// coefficient's own p), or the joint test of a categorical factor's indicators (SPSS's overall row, R's
    /// term test), under R's default Cholesky tolerance.
    /// </summary>
    public static ChiSquareTest WaldTest(PrognosticFactor factor, CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(fit);
        var names = factor.Contrasts.Select(c => c.Key).ToArray();
        if (names.Length == 1)
        {
            var c = fit.Coefficients.First(x => string.Equals(x.Name, names[0], StringComparison.Ordinal));
            return c.IsEstimable ? new ChiSquareTest(c.Z * c.Z, 1, c.P) : new ChiSquareTest(double.NaN, 0, double.NaN);
        }

        return CoxWaldTest.Of(fit, names, CoxOptions.Default.CholeskyTolerance);
    }
}
