namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>What a number measures, which decides when a recomputed value is "close" and how its difference is shown.</summary>
public enum QuantityKind
{
    /// <summary>A number of patients or events.</summary>
    Count,

    /// <summary>A percentage of the cohort.</summary>
    Percent,

    /// <summary>Any other estimate: a mean, a median, a range end, a ratio.</summary>
    Measure,

    /// <summary>A hazard ratio or one of its confidence limits (compared on the ratio scale).</summary>
    HazardRatio,

    /// <summary>A p-value (compared by its side of the significance level and of the entry threshold).</summary>
    PValue,
}
