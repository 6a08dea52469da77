namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>The recomputed counterpart of a published number.</summary>
/// <param name="Value">The value, unrounded (NaN when not estimable: a median never reached).</param>
/// <param name="Kind">What it measures.</param>
/// <param name="What">What was recomputed (<c>log-rank P</c>, <c>univariate Cox HR</c>, <c>Table 1 count</c>).</param>
/// <param name="Note">Why this counterpart, where the choice needs saying; empty otherwise.</param>
public sealed record Recomputed(double Value, QuantityKind Kind, string What, string Note = "")
{
    /// <summary>The catalogue id of the manuscript's number it is (empty for a derived value such as a ratio).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Whether the value follows from counts alone (a count, a percentage, a ratio of two counts).</summary>
    public bool FromCounts => Kind is QuantityKind.Count or QuantityKind.Percent || CountRatio;

    /// <summary>Whether it is a ratio of two counts (the male-to-female ratio).</summary>
    public bool CountRatio { get; init; }
}

/// <summary>A published number's counterparts (usually one; two for "… in 9 patients (30%) respectively"), or why there is none.</summary>
/// <param name="Counterparts">The recomputed values to compare with; empty when there is none.</param>
/// <param name="Reason">Why there is no counterpart; null when there is one.</param>
public sealed record Resolution(IReadOnlyList<Recomputed> Counterparts, string? Reason)
{
    /// <summary>One counterpart.</summary>
    public static Resolution Of(params Recomputed[] counterparts) => new(counterparts, null);

    /// <summary>No counterpart, for <paramref name="reason"/>.</summary>
    public static Resolution None(string reason) => new([], reason);
}
