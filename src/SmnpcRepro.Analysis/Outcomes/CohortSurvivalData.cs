using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Analysis.Outcomes;

/// <summary>Overall survival after surgery (months, death = event) from the cohort, as the survival engine takes it.</summary>
public static class CohortSurvivalData
{
    /// <summary>One sample: every patient.</summary>
    public static SurvivalData Overall(IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return SurvivalData.Create(cohort.Select(p => p.OsMonths).ToArray(), cohort.Select(p => p.Death ? (byte)1 : (byte)0).ToArray());
    }

    /// <summary>
    /// Grouped by <paramref name="factor"/>; patients whose group is missing are left out and counted in
    /// <paramref name="missing"/>. Groups with no patient are dropped (the engine requires every level used).
    /// </summary>
    public static SurvivalData ByFactor(IReadOnlyList<CohortRecord> cohort, PrognosticFactor factor, out int missing)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(factor);
        var groups = cohort.Select(factor.Classify).ToArray();
        missing = groups.Count(g => g is null);
        var kept = Enumerable.Range(0, cohort.Count).Where(i => groups[i] is not null).ToArray();
        var used = kept.Select(i => groups[i]!.Value).Distinct().Order().ToArray();
        var codes = kept.Select(i => Array.IndexOf(used, groups[i]!.Value)).ToArray();
        var levels = used.Select(g => factor.Groups[g]).ToArray();
        return SurvivalData.Create(
            kept.Select(i => cohort[i].OsMonths).ToArray(),
            kept.Select(i => cohort[i].Death ? (byte)1 : (byte)0).ToArray(),
            new SurvivalFactor(factor.Key, codes, levels));
    }
}
