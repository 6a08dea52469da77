using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The published aggregates a synthetic cohort must reproduce exactly, read from published.yaml so that
/// no target is typed twice: Table 1 counts, deaths, synchronous metastases, the ranges printed in the
/// text, and the group means of blood loss and operation time.
/// </summary>
public sealed record SynthesisTargets(
    int Patients,
    int Deaths,
    int Synchronous,
    int AgeMin,
    int AgeMax,
    double AgeMean,
    double MitMin,
    double MitMax,
    double MitMedian,
    double TimeMin,
    double TimeMax,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Table1Counts,
    IReadOnlyList<GroupMean> BloodLoss,
    IReadOnlyList<GroupMean> OperationTime)
{
    /// <summary>
    /// Table 1 blocks and level keys in the paper's order (published.yaml keys): the paper's own plan's Table 1
    /// (<see cref="Plan.PaperPlan"/>, its <c>paper_key</c> and level keys), so the layout is declared once.
    /// </summary>
    public static IReadOnlyList<(string Block, IReadOnlyList<string> Levels)> Table1Layout { get; } =
        Plan.PaperPlan.Compiled.Table1.Select(b => (b.PaperKey, b.LevelKeys)).ToArray();

    /// <summary>Reads the targets from the published numbers.</summary>
    public static SynthesisTargets From(PublishedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var counts = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var (block, levels) in Table1Layout)
        {
            counts[block] = levels.Select(l => paper.Integer($"table1.characteristics.{block}.levels.{l}.count.value")).ToArray();
        }

        string[] groups = ["en_bloc", "piecemeal", "debulking"];
        GroupMean[] Means(string key) => groups
            .Select(g => new GroupMean(
                g,
                paper.Integer($"text.results_surgery.{key}.values.{g}.n"),
                paper.Number($"text.results_surgery.{key}.values.{g}.value"),
                paper.Text($"text.results_surgery.{key}.values.{g}.printed")))
            .ToArray();

        return new SynthesisTargets(
            paper.Integer("meta.n_patients.value"),
            paper.Integer("text.results_survival.deaths.count"),
            paper.Integer("text.results_patients.synchronous.count"),
            paper.Integer("text.results_patients.age_range.min"),
            paper.Integer("text.results_patients.age_range.max"),
            // The text prints 46.33 as a "median" of whole-year ages, which no 30 whole numbers can have
            // (a median of 30 integers ends in .0 or .5); as a mean it is reachable (1390/30), so it is
            // used as the mean. The audit reports the contradiction.
            paper.Number("text.results_patients.age_median.value"),
            paper.Number("text.results_patients.mit_range.min"),
            paper.Number("text.results_patients.mit_range.max"),
            paper.Number("text.results_patients.mit_median.value"),
            paper.Number("text.results_survival.os_range.min"),
            paper.Number("text.results_survival.os_range.max"),
            counts,
            Means("blood_loss_mean"),
            Means("operation_time_mean"));
    }
}

/// <summary>A printed group mean of a whole-number measurement: group, size, value and its printed text.</summary>
public sealed record GroupMean(string Group, int N, double Mean, string Printed);
