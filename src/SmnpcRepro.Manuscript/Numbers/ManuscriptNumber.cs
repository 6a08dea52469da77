using System.Text.Json.Serialization;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>One number the manuscript prints, as a reader sees it and as it was computed.</summary>
/// <param name="Id">Stable id, the same from build to build (<c>table2.surgical_option.univariate.hr</c>).</param>
/// <param name="Where">Where a reader sees it (<c>Table 2, Surgical option, univariate HR</c>).</param>
/// <param name="Printed">The text printed for it (<c>2.157</c>, <c>not reached</c>).</param>
/// <param name="Value">The unrounded value (10 significant digits), or null when it is not a finite number (a median not reached).</param>
/// <param name="Significant">For a p-value: whether it is at or below the significance level; null for other numbers.</param>
/// <param name="WithinEntryThreshold">For a p-value: whether it is at or below the multivariate entry threshold; null for other numbers.</param>
public sealed record ManuscriptNumber(
    string Id,
    string Where,
    string Printed,
    double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Significant = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? WithinEntryThreshold = null);
