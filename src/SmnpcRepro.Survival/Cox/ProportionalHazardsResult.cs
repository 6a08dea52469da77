namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// R's <c>cox.zph</c> table: a score test per term (or per coefficient) and the global test.
/// </summary>
/// <param name="Transform">The time transform (always "km" here).</param>
/// <param name="Rows">One test per term (several df for a factor) or per coefficient.</param>
/// <param name="Global">The joint test of all coefficients (R's GLOBAL row).</param>
public sealed record ProportionalHazardsResult(string Transform, IReadOnlyList<ProportionalHazardsRow> Rows, ChiSquareTest Global);

/// <summary>One row of the <c>cox.zph</c> table.</summary>
/// <param name="Term">Term (or coefficient) name.</param>
/// <param name="Test">Score test for adding x·g(t) for the term's columns.</param>
public sealed record ProportionalHazardsRow(string Term, ChiSquareTest Test);
