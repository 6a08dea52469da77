using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// The analysis plan compiled against the data dictionary: Table 2's factors (classifiers, codings, exposures),
/// Table 1's blocks, and the plan it came from.
/// </summary>
/// <param name="Source">The plan as declared.</param>
/// <param name="Factors">Table 2's factors, in plan order.</param>
/// <param name="Table1">Table 1's blocks, in plan order.</param>
public sealed record CompiledPlan(AnalysisPlan Source, IReadOnlyList<PrognosticFactor> Factors, IReadOnlyList<Table1Definition> Table1)
{
    /// <summary>The factor with <paramref name="key"/>, or null.</summary>
    public PrognosticFactor? Factor(string key) => Factors.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>The declared entry with <paramref name="key"/>, or null.</summary>
    public FactorPlan? Declared(string key) => Source.Factors.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
