using System.Globalization;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// Where a study's plan departs from the paper's (<see cref="PaperPlan"/>) for one variable, in words: a changed
/// cut-point, grouping, coding, exposure or field, or a variable the paper does not have. The reproduction report
/// gives it as the reason a published number and its recomputed counterpart need not agree.
/// </summary>
public static class PlanDeparture
{
    /// <summary>The departure of <paramref name="plan"/>'s variable <paramref name="key"/> from the paper's, or null when it follows the paper.</summary>
    public static string? Of(CompiledPlan plan, string key)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var study = plan.Declared(key);
        var paper = PaperPlan.Declared.Factors.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
        if (study is null)
        {
            return paper is null ? null : $"The study's plan (data/study.yaml) leaves out {paper.Label}, which the paper has.";
        }

        if (paper is null)
        {
            return $"The study's plan (data/study.yaml) adds {study.Label}, which the paper does not have.";
        }

        var changes = new List<string>();
        if (!string.Equals(study.Field, paper.Field, StringComparison.Ordinal))
        {
            changes.Add($"reads field '{study.Field}' (the paper's: '{paper.Field}')");
        }

        if (study.Cut != paper.Cut)
        {
            changes.Add($"cuts it at {Describe(study.Cut)} (the paper at {Describe(paper.Cut)})");
        }

        if (!SameGroups(study.Groups, paper.Groups))
        {
            changes.Add("groups its levels differently");
        }

        if (study.Coding == Factors.FactorCoding.Categorical && paper.Coding != Factors.FactorCoding.Categorical)
        {
            var reference = plan.Factor(key) is { } compiled ? compiled.Groups[compiled.ReferenceGroup] : study.Reference ?? "the first group";
            changes.Add($"codes it as categorical, one HR per group against {reference} (the paper prints one HR for it)");
        }
        else if (study.Coding != paper.Coding || !string.Equals(study.Exposure, paper.Exposure, StringComparison.Ordinal))
        {
            changes.Add("codes it differently (coding or exposure)");
        }

        if (study.InTable2 != paper.InTable2)
        {
            changes.Add(study.InTable2 ? "analyses it in Table 2 (the paper does not)" : "leaves it out of Table 2");
        }

        return changes.Count == 0 ? null : $"The study's plan (data/study.yaml) departs from the paper for {study.Label}: it {string.Join("; ", changes)}.";
    }

    private static string Describe(Codings.CutPoint? cut) =>
        cut is null ? "no cut-point" : $"{cut.LowerLabel}/{cut.UpperLabel}";

    private static bool SameGroups(IReadOnlyList<LevelGroup>? a, IReadOnlyList<LevelGroup>? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Count == b.Count && a.Zip(b).All(p => string.Equals(p.First.Label, p.Second.Label, StringComparison.Ordinal) && p.First.Levels.SequenceEqual(p.Second.Levels, StringComparer.Ordinal));

    /// <summary>The plan's key of the Table 1 block published.yaml calls <paramref name="paperKey"/>.</summary>
    public static string KeyOfPaperBlock(string paperKey) =>
        PaperPlan.Declared.Factors.FirstOrDefault(f => string.Equals(f.Table1?.PaperKey ?? f.Key, paperKey, StringComparison.Ordinal))?.Key
        ?? paperKey.ToString(CultureInfo.InvariantCulture);
}
