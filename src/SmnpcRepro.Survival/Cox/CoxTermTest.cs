namespace SmnpcRepro.Survival.Cox;

/// <summary>The Wald test that all coefficients of one term are 0 (several df for a factor).</summary>
/// <param name="Term">Term name.</param>
/// <param name="Columns">Its coefficient names.</param>
/// <param name="Wald">b' V⁻¹ b over the term's estimable coefficients.</param>
public sealed record CoxTermTest(string Term, IReadOnlyList<string> Columns, ChiSquareTest Wald);
