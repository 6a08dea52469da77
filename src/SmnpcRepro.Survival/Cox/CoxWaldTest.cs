namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The Wald test that several coefficients of a fit are all 0: b′ V⁻¹ b over the named coefficients, with R's
/// rank rule for a singular block (as <c>coxph</c>'s term tests, and SPSS's overall row of a categorical
/// covariate).
/// </summary>
public static class CoxWaldTest
{
    /// <summary>The joint Wald test of the coefficients <paramref name="names"/> of <paramref name="fit"/>.</summary>
    /// <param name="fit">A Cox fit.</param>
    /// <param name="names">Coefficient names (at least one); non-estimable ones are left out, as R does.</param>
    /// <param name="tolerance">The Cholesky tolerance (R's <c>toler.chol</c>).</param>
    public static ChiSquareTest Of(CoxFit fit, IReadOnlyList<string> names, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(names);
        var columns = new List<int>(names.Count);
        foreach (var name in names)
        {
            var j = IndexOf(fit.Coefficients, name);
            if (j < 0)
            {
                throw new ArgumentException($"The fit has no coefficient '{name}'.", nameof(names));
            }

            if (fit.Coefficients[j].IsEstimable)
            {
                columns.Add(j);
            }
        }

        if (columns.Count == 0)
        {
            return new ChiSquareTest(double.NaN, 0, double.NaN);
        }

        var p = fit.Coefficients.Count;
        var coefficients = new double[p];
        for (var j = 0; j < p; j++)
        {
            coefficients[j] = fit.Coefficients[j].Coefficient;
        }

        var (statistic, df) = CholeskySolver.QuadraticForm(fit.Variance.AsSpan(), p, coefficients, columns.ToArray(), tolerance);
        return ChiSquareTest.Of(statistic, df);
    }

    private static int IndexOf(IReadOnlyList<CoxCoefficient> coefficients, string name)
    {
        for (var j = 0; j < coefficients.Count; j++)
        {
            if (string.Equals(coefficients[j].Name, name, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }
}
