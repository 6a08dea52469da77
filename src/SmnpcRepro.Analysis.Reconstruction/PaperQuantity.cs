using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>What a reconstruction target measures on the rebuilt paper's results (a slot of the metric vector; not the reproduction's QuantityKind, which says how a comparison is judged).</summary>
public enum MetricKind
{
    /// <summary>Kaplan–Meier median overall survival (the profile's median definition).</summary>
    OverallMedian,

    /// <summary>Kaplan–Meier median of one group of a factor.</summary>
    GroupMedian,

    /// <summary>Univariate Cox hazard ratio of a factor.</summary>
    HazardRatio,

    /// <summary>Lower bound of its 95% CI.</summary>
    Lower,

    /// <summary>Upper bound of its 95% CI.</summary>
    Upper,

    /// <summary>Wald p of the univariate Cox model.</summary>
    WaldP,

    /// <summary>Log-rank p across the factor's groups (k − 1 df), the test the selection rule uses.</summary>
    LogRankP,

    /// <summary>Multivariate Cox hazard ratio (NaN when the factor did not enter).</summary>
    MultivariateHazardRatio,

    /// <summary>Lower bound of its 95% CI.</summary>
    MultivariateLower,

    /// <summary>Upper bound of its 95% CI.</summary>
    MultivariateUpper,

    /// <summary>Wald p in the multivariate model.</summary>
    MultivariateP,
}

/// <summary>
/// One number of the rebuilt paper: a kind, the factor it belongs to (null for overall survival) and the
/// group (for a group median). <see cref="Index"/> places it in the flat metric vector both evaluation
/// paths fill (<see cref="PaperMetrics"/>).
/// </summary>
/// <param name="Kind">What is measured.</param>
/// <param name="FactorKey">The Table 2 factor, or null for <see cref="MetricKind.OverallMedian"/>.</param>
/// <param name="Group">Group index for <see cref="MetricKind.GroupMedian"/>; 0 otherwise.</param>
public sealed record PaperQuantity(MetricKind Kind, string? FactorKey = null, int Group = 0)
{
    /// <summary>Most groups a factor has.</summary>
    public const int MaxGroups = 3;

    // Nine per-factor kinds (HazardRatio … MultivariateP), then one median per group.
    private const int PerFactor = 9 + MaxGroups;

    /// <summary>Length of the metric vector.</summary>
    public static int VectorLength => (PaperFactors.All.Count * PerFactor) + 1;

    /// <summary>Position in the metric vector.</summary>
    /// <exception cref="ArgumentException">Unknown factor, a factor missing where one is needed, or a group out of range.</exception>
    public int Index => Kind == MetricKind.OverallMedian
        ? PaperFactors.All.Count * PerFactor
        : Of(FactorIndex(FactorKey), Kind, Group);

    /// <summary>The position of a factor-level quantity, by factor index (Table 2 order).</summary>
    public static int Of(int factor, MetricKind kind, int group = 0)
    {
        if (kind == MetricKind.OverallMedian)
        {
            return PaperFactors.All.Count * PerFactor;
        }

        if (group < 0 || group >= MaxGroups || (kind != MetricKind.GroupMedian && group != 0))
        {
            throw new ArgumentException($"Group {group} is not valid for {kind}.", nameof(group));
        }

        var slot = kind == MetricKind.GroupMedian ? 9 + group : (int)kind - (int)MetricKind.HazardRatio;
        return (factor * PerFactor) + slot;
    }

    private static int FactorIndex(string? key)
    {
        for (var f = 0; f < PaperFactors.All.Count; f++)
        {
            if (string.Equals(PaperFactors.All[f].Key, key, StringComparison.Ordinal))
            {
                return f;
            }
        }

        throw new ArgumentException($"'{key}' is not a Table 2 factor.", nameof(key));
    }
}
