using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tables;

/// <summary>
/// Builds Table 1 from the typed cohort: counts per level of each block the analysis plan gives Table 1, in plan
/// order, with labels from the plan or, by default, from the data dictionary (field labels, units, choice labels).
/// </summary>
public static class Table1
{
    /// <summary>The paper's Table 1 (its own plan) for <paramref name="cohort"/>.</summary>
    public static Table1Result Build(IReadOnlyList<CohortRecord> cohort) => Build(cohort, PaperPlan.Compiled);

    /// <summary>Table 1 of <paramref name="plan"/> for <paramref name="cohort"/>.</summary>
    public static Table1Result Build(IReadOnlyList<CohortRecord> cohort, CompiledPlan plan)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(plan);
        return new Table1Result(cohort.Count, plan.Table1.Select(b => Block(b, cohort)).ToArray());
    }

    private static Table1Block Block(Table1Definition definition, IReadOnlyList<CohortRecord> cohort)
    {
        var counts = new int[definition.LevelLabels.Count];
        var missing = 0;
        double sum = 0;
        var measured = 0;
        foreach (var patient in cohort)
        {
            if (definition.Level(patient) is { } level)
            {
                counts[level]++;
            }
            else
            {
                missing++;
            }

            if (definition.Value?.Invoke(patient) is { } v)
            {
                sum += v;
                measured++;
            }
        }

        var summary = definition.Mean
            ? new Table1Summary("mean", measured == 0 ? double.NaN : sum / measured, definition.CutPoint)
            : null;
        var levels = counts.Select((c, i) => new Table1Level(definition.LevelKeys[i], definition.LevelLabels[i], c)).ToArray();
        return new Table1Block(definition.Key, definition.Label, summary, levels, missing) { PaperKey = definition.PaperKey };
    }
}
