using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Robustness.Tests;

/// <summary>
/// Cohorts for the robustness tests: the frozen synthetic cohort of the reference tests (it does not move
/// when data/cohort.csv is rebuilt) and edits of it with known properties.
/// </summary>
internal static class RobustnessTestCohorts
{
    public static IReadOnlyList<CohortRecord> Frozen { get; } =
        CohortCsv.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cohort-frozen.csv")).Records;

    /// <summary>
    /// Monotone likelihood by construction: Hb &lt; 11 g/dL (the exposure) for exactly the censored patients,
    /// so nobody in the exposure group dies and the Hb coefficient runs to −∞.
    /// </summary>
    public static IReadOnlyList<CohortRecord> NoDeathInLowHb { get; } =
        Frozen.Select(p => p with { Hb = p.Death ? 13.0 : 10.0 }).ToArray();

    /// <summary>Every death at its own time: Breslow and Efron agree exactly.</summary>
    public static IReadOnlyList<CohortRecord> NoTiedDeaths { get; } =
        Frozen.Select((p, i) => p with { OsMonths = 1 + i + (p.Death ? 0.5 : 0.0) }).ToArray();
}
