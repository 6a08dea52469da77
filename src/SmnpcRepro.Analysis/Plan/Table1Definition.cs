using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// One Table 1 block, compiled from the plan against the dictionary: how a patient falls into a level, and
/// what the block and its levels are called.
/// </summary>
/// <param name="Key">The variable's key.</param>
/// <param name="PaperKey">The block's key in published.yaml (the variable's key unless the plan says otherwise).</param>
/// <param name="Label">The block's label.</param>
/// <param name="LevelKeys">The levels' keys (published.yaml's level keys where the plan follows the paper).</param>
/// <param name="LevelLabels">The levels' printed labels.</param>
/// <param name="Level">The patient's level index, or null when the value is missing.</param>
/// <param name="Value">The measured value (for the header's mean), or null for a categorical field.</param>
/// <param name="Mean">Whether the header carries the mean.</param>
/// <param name="CutPoint">The cut-point of a measured field, printed with the mean.</param>
public sealed record Table1Definition(
    string Key,
    string PaperKey,
    string Label,
    IReadOnlyList<string> LevelKeys,
    IReadOnlyList<string> LevelLabels,
    Func<CohortRecord, int?> Level,
    Func<CohortRecord, double?>? Value,
    bool Mean,
    double? CutPoint);
