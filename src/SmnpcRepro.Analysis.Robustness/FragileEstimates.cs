using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>Why a Table 2 estimate is fragile (several may apply).</summary>
[Flags]
public enum FragilityReasons
{
    /// <summary>Not fragile.</summary>
    None = 0,

    /// <summary>Its model has fewer events per variable than <see cref="FragilityRule.MinimumEventsPerVariable"/>.</summary>
    FewEventsPerVariable = 1,

    /// <summary>Its interval's upper bound exceeds the lower more than <see cref="FragilityRule.WideIntervalRatio"/>-fold.</summary>
    WideInterval = 2,

    /// <summary>Its likelihood is monotone: the estimate runs to infinity.</summary>
    MonotoneLikelihood = 4,

    /// <summary>Firth's penalty moves it by more than the appendix's instability rule allows.</summary>
    LargePenaltyShift = 8,
}

/// <summary>The column of Table 2 an estimate is printed in.</summary>
public enum Table2Column
{
    /// <summary>The factor's own Cox model.</summary>
    Univariate,

    /// <summary>The multivariate model.</summary>
    Multivariate,
}

/// <summary>One fragile estimate of Table 2, with the figures that made it so.</summary>
/// <param name="FactorKey">The factor's key, or a categorical factor's contrast key.</param>
/// <param name="Label">Its Table 2 label.</param>
/// <param name="Column">Univariate or multivariate.</param>
/// <param name="Reasons">Why it is fragile (never <see cref="FragilityReasons.None"/>).</param>
/// <param name="EventsPerVariable">Its model's events per variable.</param>
/// <param name="IntervalRatio">Its interval's upper bound over its lower bound.</param>
/// <param name="FirthRatio">Firth's HR over the ordinary one, when a Firth fit was made.</param>
public sealed record FragileEstimate(string FactorKey, string Label, Table2Column Column, FragilityReasons Reasons, double EventsPerVariable, double IntervalRatio, double? FirthRatio);

/// <summary>
/// The estimates of Table 2 that <see cref="FragilityRule"/> calls fragile, for the table's footnote mark
/// and <c>smnpc build</c>'s warnings: read from the same fits Table 2 prints and from the Firth comparison
/// the appendix prints.
/// </summary>
public static class FragileEstimates
{
    /// <summary>Every fragile estimate, univariate rows first, in Table 2's order.</summary>
    public static IReadOnlyList<FragileEstimate> Assess(PaperResults results, FirthComparisonResult firth, FragilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(firth);
        ArgumentNullException.ThrowIfNull(rule);
        var fragile = new List<FragileEstimate>();
        // Keyed by contrast: a binary or ordinal factor's own key, or each of a categorical factor's contrasts.
        foreach (var u in results.Univariate)
        {
            foreach (var e in u.Estimates)
            {
                Add(fragile, rule, e.Contrast.Key, e.Contrast.Label, Table2Column.Univariate, e.Coefficient, u.Cox, firth.Univariate.FirstOrDefault(r => r.FactorKey == e.Contrast.Key));
            }
        }

        if (results.Multivariate.Fit is { } fit)
        {
            foreach (var e in results.Multivariate.Entered.SelectMany(results.Multivariate.Estimates))
            {
                Add(fragile, rule, e.Contrast.Key, e.Contrast.Label, Table2Column.Multivariate, e.Coefficient, fit, firth.Multivariate.FirstOrDefault(r => r.FactorKey == e.Contrast.Key));
            }
        }

        return fragile;
    }

    /// <summary>The reasons that apply to one printed estimate of a fit with <paramref name="events"/> events and <paramref name="variables"/> coefficients.</summary>
    public static FragilityReasons Reasons(FragilityRule rule, CoxCoefficient estimate, int events, int variables, FirthComparisonRow? firth)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(estimate);
        var reasons = FragilityReasons.None;
        if (rule.IsFewEventsPerVariable(events, variables))
        {
            reasons |= FragilityReasons.FewEventsPerVariable;
        }

        if (estimate.IsEstimable && rule.IsWide(estimate.ConfidenceInterval.Lower, estimate.ConfidenceInterval.Upper))
        {
            reasons |= FragilityReasons.WideInterval;
        }

        if (estimate.MayBeInfinite)
        {
            reasons |= FragilityReasons.MonotoneLikelihood;
        }

        if (firth?.Firth is { } f && estimate.IsEstimable && !estimate.MayBeInfinite && rule.Instability.IsLargeShift(estimate.Coefficient, f.Coefficient))
        {
            reasons |= FragilityReasons.LargePenaltyShift;
        }

        return reasons;
    }

    private static void Add(List<FragileEstimate> fragile, FragilityRule rule, string key, string label, Table2Column column, CoxCoefficient estimate, CoxFit fit, FirthComparisonRow? firth)
    {
        var variables = fit.Coefficients.Count;
        var reasons = Reasons(rule, estimate, fit.EventCount, variables, firth);
        if (reasons != FragilityReasons.None)
        {
            fragile.Add(new FragileEstimate(key, label, column, reasons, variables == 0 ? double.NaN : (double)fit.EventCount / variables,
                estimate.ConfidenceInterval.Upper / estimate.ConfidenceInterval.Lower, firth?.Firth is { } f ? f.HazardRatio / estimate.HazardRatio : null));
        }
    }
}
