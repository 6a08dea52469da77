using SmnpcRepro.Analysis.Plan;

namespace SmnpcRepro.Analysis.Factors;

/// <summary>
/// The fifteen prognostic factors of the paper's Table 2 as published (<see cref="PaperPlan"/>), in its row order:
/// what the reconstruction reconstructs. A study's own factors come from its plan in <c>data/study.yaml</c>.
/// </summary>
public static class PaperFactors
{
    /// <summary>All factors, in Table 2's order.</summary>
    public static IReadOnlyList<PrognosticFactor> All => PaperPlan.Compiled.Factors;

    /// <summary>The factor with <paramref name="key"/>.</summary>
    public static PrognosticFactor ByKey(string key) =>
        PaperPlan.Compiled.Factor(key) ?? throw new ArgumentException($"No Table 2 factor '{key}'.", nameof(key));
}
