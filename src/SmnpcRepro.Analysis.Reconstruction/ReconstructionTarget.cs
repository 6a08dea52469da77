namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>The report's groups of targets.</summary>
public enum TargetSection
{
    /// <summary>Table 2's univariate columns (Cox HR, CI and the p printed beside them).</summary>
    Table2Univariate,

    /// <summary>Numbers the text prints: the Results' univariate (log-rank) p's and the Discussion's repeats.</summary>
    Text,

    /// <summary>Kaplan–Meier medians.</summary>
    Medians,

    /// <summary>Table 2's multivariate columns.</summary>
    Multivariate,

    /// <summary>Which factors the selection rule lets into the multivariate model, and which of them are significant there.</summary>
    Selection,
}

/// <summary>How the achieved value is compared with the published one.</summary>
public enum TargetRelation
{
    /// <summary>The achieved value should print as the published one (at the published precision).</summary>
    Equal,

    /// <summary>The achieved value should be at most the published threshold.</summary>
    AtMost,

    /// <summary>The achieved value should be above the published threshold.</summary>
    Above,
}

/// <summary>
/// One published number the reconstruction aims at: what it measures on the rebuilt paper, its value
/// and precision as printed, its weight in the loss and where it comes from.
/// </summary>
/// <param name="Section">The report's group.</param>
/// <param name="Label">What it is, for people ("Preoperative KPS: HR").</param>
/// <param name="Quantity">What it measures.</param>
/// <param name="Relation">Equal, or a one-sided threshold.</param>
/// <param name="Published">The published value (or threshold).</param>
/// <param name="Decimals">Decimals it is printed with.</param>
/// <param name="Weight">Its weight in the loss (0: reported, not fitted).</param>
/// <param name="Source">Its path in published.yaml.</param>
/// <param name="Location">Where the paper prints it.</param>
/// <param name="Note">Why the weight is what it is, when it is not the default.</param>
public sealed record ReconstructionTarget(
    TargetSection Section,
    string Label,
    PaperQuantity Quantity,
    TargetRelation Relation,
    double Published,
    int Decimals,
    double Weight,
    string Source,
    string Location,
    string Note)
{
    /// <summary>The catalogue id of the manuscript's number this target fits (numbers.json), or of the P a threshold constrains.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Whether the quantity is a p-value (compared on the normal-quantile scale), else a ratio or time (log scale).</summary>
    public bool IsPValue => Quantity.Kind is MetricKind.WaldP or MetricKind.LogRankP or MetricKind.MultivariateP;
}
