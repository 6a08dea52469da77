using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>
/// One row of the paper's Table 2: how a patient is classified (from measured values and the paper's
/// cut-points), how the groups are compared, and which group is the exposure of the hazard ratio.
/// </summary>
/// <param name="Key">The row's key in published.yaml (<c>table2.rows.&lt;key&gt;</c>).</param>
/// <param name="Label">The row label Table 2 prints.</param>
/// <param name="Comparison">The comparison Table 2 prints under the label ("&lt;80 vs ≥80").</param>
/// <param name="Coding">Binary or ordinal (one HR per step).</param>
/// <param name="Groups">Group labels, in order (ordinal scores are the indices); also the legend of its figure.</param>
/// <param name="ExposureGroup">For a binary factor, the group whose hazard the HR puts in the numerator.</param>
/// <param name="Classify">The patient's group index, or null when the value is missing.</param>
/// <param name="Assumption">Why the coding is as it is where the paper does not say (empty when it does).</param>
public sealed record PrognosticFactor(
    string Key,
    string Label,
    string Comparison,
    FactorCoding Coding,
    IReadOnlyList<string> Groups,
    int ExposureGroup,
    Func<CohortRecord, int?> Classify,
    string Assumption)
{
    /// <summary>The Cox covariate value for a group: 1/0 for binary (exposure/reference), the score for ordinal.</summary>
    public double Covariate(int group) => Coding == FactorCoding.Ordinal ? group : group == ExposureGroup ? 1 : 0;

    /// <summary>How the running text names the factor ("preoperative KPS").</summary>
    public string InText { get; init; } = string.Empty;

    /// <summary>How a figure caption names the factor.</summary>
    public string FigureSubject { get; init; } = string.Empty;

    /// <summary>The abbreviations the factor's row uses, for Table 2's footnote.</summary>
    public IReadOnlyList<Plan.Abbreviation> Abbreviations { get; init; } = [];

    /// <summary>The data dictionary field the factor classifies.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>The reference group of a binary factor.</summary>
    public int ReferenceGroup => Coding == FactorCoding.Binary ? 1 - ExposureGroup : 0;
}
