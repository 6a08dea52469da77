using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// One variable of the analysis plan, as <c>data/study.yaml</c> declares it (a <c>factors:</c> entry): everything
/// Table 1, Table 2, the running text and the figures need to know about it, declared once. Only
/// <see cref="Key"/>, <see cref="Field"/> and <see cref="Label"/> are required (and <see cref="Cut"/> for a measured
/// field); every null member defaults from the data dictionary (see <see cref="PlanCompiler"/>).
/// </summary>
/// <param name="Key">The variable's one key: Table 1 block, Table 2 row, numbers.json ids, published.yaml rows.</param>
/// <param name="Field">The data dictionary's field (REDCap variable name).</param>
/// <param name="Label">The Table 2 row label (also Table 1's block label unless <see cref="Table1"/> gives one).</param>
public sealed record FactorPlan(string Key, string Field, string Label)
{
    /// <summary>The dichotomy of a measured field; null for a categorical field.</summary>
    public CutPoint? Cut { get; init; }

    /// <summary>How Table 2 groups a categorical field's levels; null for one group per level.</summary>
    public IReadOnlyList<LevelGroup>? Groups { get; init; }

    /// <summary>Binary, ordinal or categorical; null: binary for two groups, ordinal (one HR per step) for more.</summary>
    public FactorCoding? Coding { get; init; }

    /// <summary>The reference group of a categorical factor (each other group's HR is against it); null: the first group.</summary>
    public string? Reference { get; init; }

    /// <summary>
    /// The exposure group of a binary factor: a group label, or <c>lower</c>/<c>upper</c> for a cut; null: the
    /// second group (the first is the reference).
    /// </summary>
    public string? Exposure { get; init; }

    /// <summary>The comparison Table 2 prints under the label; null: the group labels joined by " vs ".</summary>
    public string? Comparison { get; init; }

    /// <summary>How the running text names the variable; null: the label in lower case.</summary>
    public string? InText { get; init; }

    /// <summary>How a figure caption names the variable; null: <see cref="InText"/>.</summary>
    public string? FigureSubject { get; init; }

    /// <summary>The abbreviations this variable's row and comparison use, for Table 2's footnote, in order.</summary>
    public IReadOnlyList<Abbreviation> Abbreviations { get; init; } = [];

    /// <summary>Why the coding or exposure is as it is where the paper does not say (empty when it does).</summary>
    public string Assumption { get; init; } = string.Empty;

    /// <summary>The variable's Table 1 block; null when Table 1 does not show it.</summary>
    public Table1Plan? Table1 { get; init; } = new();

    /// <summary>Whether Table 2 (and so the univariate and multivariate analysis) has the variable.</summary>
    public bool InTable2 { get; init; } = true;
}

/// <summary>A Table 2 group of a categorical field's levels: <c>D, E</c> = levels D and E.</summary>
/// <param name="Label">The group's label in Table 2 and the figure legend.</param>
/// <param name="Levels">The dictionary levels (by label) the group holds.</param>
public sealed record LevelGroup(string Label, IReadOnlyList<string> Levels);

/// <summary>An abbreviation and what it stands for (Table 2's footnote).</summary>
public sealed record Abbreviation(string Short, string Meaning);

/// <summary>
/// How Table 1 shows a variable: the field's levels (or the cut's two groups), with an optional label, the
/// level labels the paper prints, the key published.yaml gives the block where it differs, and a summary.
/// </summary>
public sealed record Table1Plan
{
    /// <summary>The block's label; null: the dictionary's field label with its unit.</summary>
    public string? Label { get; init; }

    /// <summary>Printed level labels, in level order; null: the dictionary's choice labels (or the cut's).</summary>
    public IReadOnlyList<string>? LevelLabels { get; init; }

    /// <summary>The level keys published.yaml uses, in level order; null: the labels in lower case (or <c>lt80</c>/<c>ge80</c>).</summary>
    public IReadOnlyList<string>? LevelKeys { get; init; }

    /// <summary>The block's key in published.yaml where it is not the variable's key; null when it is.</summary>
    public string? PaperKey { get; init; }

    /// <summary>Whether the header carries the mean (the paper's "Mean (46)" beside age).</summary>
    public bool Mean { get; init; }
}
