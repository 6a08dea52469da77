using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>
/// One row of the paper's Table 2: how a patient is classified (from measured values and the paper's
/// cut-points), how the groups are compared, and which group is the exposure of the hazard ratio.
/// </summary>
/// <param name="Key">The row's key in published.yaml (<c>table2.rows.&lt;key&gt;</c>).</param>
/// <param name="Label">The row label Table 2 prints.</param>
/// <param name="Comparison">The comparison Table 2 prints under the label ("&lt;80 vs ≥80").</param>
/// <param name="Coding">Binary, ordinal (one HR per step) or categorical (one HR per group against the reference).</param>
/// <param name="Groups">Group labels, in order (ordinal scores are the indices); also the legend of its figure.</param>
/// <param name="ExposureGroup">For a binary factor, the group whose hazard the HR puts in the numerator (unused otherwise).</param>
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
    private readonly int? _reference;

    /// <summary>
    /// The Cox covariate value for a group of a one-contrast factor: 1/0 for binary (exposure/reference), the
    /// score for ordinal. A categorical factor has one covariate per contrast (<see cref="ContrastValue"/>).
    /// </summary>
    public double Covariate(int group) => Coding switch
    {
        FactorCoding.Ordinal => group,
        FactorCoding.Binary => group == ExposureGroup ? 1 : 0,
        _ => throw new InvalidOperationException($"'{Key}' is categorical: it has one covariate per group against the reference, not one covariate."),
    };

    /// <summary>The value of contrast <paramref name="contrast"/>'s covariate for a patient in <paramref name="group"/>.</summary>
    public double ContrastValue(int contrast, int group) =>
        Coding == FactorCoding.Categorical ? (group == ContrastGroup(contrast) ? 1 : 0) : Covariate(group);

    /// <summary>
    /// The HRs the factor's Cox covariates estimate, each a Table 2 estimate with its own key: one for a binary or
    /// ordinal factor (keyed and labelled as the factor, so its covariate is named by <see cref="Key"/>), and one
    /// per non-reference group for a categorical factor (<c>key.group</c>, "Label: group vs reference").
    /// </summary>
    public IReadOnlyList<FactorContrast> Contrasts => BuildContrasts();

    /// <summary>Whether the factor has one covariate (binary or ordinal) rather than one per non-reference group.</summary>
    public bool IsSingleContrast => Coding != FactorCoding.Categorical;

    /// <summary>How the running text names the factor ("preoperative KPS").</summary>
    public string InText { get; init; } = string.Empty;

    /// <summary>How a figure caption names the factor.</summary>
    public string FigureSubject { get; init; } = string.Empty;

    /// <summary>The abbreviations the factor's row uses, for Table 2's footnote.</summary>
    public IReadOnlyList<Plan.Abbreviation> Abbreviations { get; init; } = [];

    /// <summary>The data dictionary field the factor classifies.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>
    /// The reference group: of a binary factor the other group than the exposure; of an ordinal factor the
    /// first (score 0); of a categorical factor the plan's <c>reference</c> (default the first group).
    /// </summary>
    public int ReferenceGroup
    {
        get => _reference ?? (Coding == FactorCoding.Binary ? 1 - ExposureGroup : 0);
        init => _reference = value;
    }

    /// <summary>The group a categorical factor's contrast <paramref name="contrast"/> compares with the reference: the groups in order, the reference skipped.</summary>
    private int ContrastGroup(int contrast) => contrast < ReferenceGroup ? contrast : contrast + 1;

    private FactorContrast[] BuildContrasts()
    {
        if (Coding != FactorCoding.Categorical)
        {
            return [new FactorContrast(Key, Label, InText, Coding == FactorCoding.Binary ? ExposureGroup : -1)];
        }

        var reference = Groups[ReferenceGroup];
        return Enumerable.Range(0, Groups.Count - 1)
            .Select(ContrastGroup)
            .Select(g => new FactorContrast(
                $"{Key}.{FactorContrast.Slug(Groups[g])}",
                $"{Label}: {Groups[g]} vs {reference}",
                $"{InText} ({Groups[g]} vs {reference})",
                g))
            .ToArray();
    }
}
