namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// Pointwise confidence limits of S(t), term for term as R's <c>survfit_confint</c> (survival 3.5-3), so
/// that undefined limits are NaN exactly where R gives NA or NaN.
/// </summary>
internal static class PointwiseConfidence
{
    /// <summary>The two-sided normal quantile for a level, R's <c>qnorm(1 - (1 - level) / 2)</c>.</summary>
    public static double NormalQuantile(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentException(FormattableString.Invariant($"The confidence level must be strictly between 0 and 1; it is {level:R}."), nameof(level));
        }

        return Cox.Distributions.TwoSidedQuantile(level);
    }

    /// <summary>Limits for survival <paramref name="p"/> with R's <c>std.err</c> <paramref name="se"/> (SE of −log S).</summary>
    public static (double Lower, double Upper) Limits(double p, double se, ConfidenceIntervalType type, double z)
    {
        // R: scale <- ifelse(selow == 0, 1, selow / se) with selow = se ("usual" lower limit): 1, or NaN when se is ±Inf/NaN.
        var scale = se == 0 ? 1.0 : se / se;
        switch (type)
        {
            case ConfidenceIntervalType.Plain:
            {
                var se2 = se * p * z;
                return (Math.Max(p - (se2 * scale), 0), Math.Min(p + se2, 1));
            }

            case ConfidenceIntervalType.Log:
            {
                var xx = p == 0 ? double.NaN : p;
                var se2 = z * se;
                var lower = Math.Exp(Math.Log(xx) - (se2 * scale));
                var upper = Math.Min(Math.Exp(Math.Log(xx) + se2), 1);
                return (lower, upper);
            }

            case ConfidenceIntervalType.LogLog:
            {
                var xx = p == 0 || p == 1 ? double.NaN : p;
                var se2 = z * se / Math.Log(xx);
                var lower = Math.Exp(-Math.Exp(Math.Log(-Math.Log(xx)) - (se2 * scale)));
                var upper = Math.Exp(-Math.Exp(Math.Log(-Math.Log(xx)) + se2));
                return (lower, upper);
            }

            default:
                throw new ArgumentException($"Unknown confidence interval type {type}.", nameof(type));
        }
    }
}
