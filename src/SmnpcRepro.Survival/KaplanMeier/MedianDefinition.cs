namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>Which definition of the median (and of other quantiles) of a Kaplan–Meier curve to use.</summary>
public enum MedianDefinition
{
    /// <summary>
    /// R's survival package. The median is the time where S(t) first drops to ≤ 0.5 (within
    /// √ε ≈ 1.5e-8); where S equals 0.5 on a flat segment, the midpoint of that segment. Its CI is where
    /// the pointwise lower and upper CI bands cross 0.5 (so it depends on the CI type). For the median,
    /// <c>print.survfit</c>/<c>summary(fit)$table</c>'s rule is used; for any other probability p,
    /// <c>quantile.survfit</c>'s rule. No SE is given (NaN).
    /// </summary>
    R,

    /// <summary>
    /// SPSS (KM procedure): the p-th quantile is the smallest event time with S(t) ≤ 1 − p (within
    /// √ε). Its SE is Greenwood's SE of S at that time divided by a density estimate
    /// f = (S(u) − S(l)) / (l − u), u the largest event time (or 0) with S ≥ 1 − p + 0.05 and l the
    /// smallest event time with S ≤ 1 − p − 0.05 (Collett's formula); the CI is symmetric,
    /// time ± z·SE.
    /// </summary>
    Spss,
}
