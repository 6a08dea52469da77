namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>
/// One model term and the design-matrix columns it owns (R's <c>assign</c>): one column for a numeric or
/// ordinal covariate, one per non-reference level for a factor.
/// </summary>
/// <param name="Name">The term's name (e.g. <c>factor(ph.ecog)</c>).</param>
/// <param name="Kind">How the term is coded.</param>
/// <param name="Columns">Indices of its columns in <see cref="DesignMatrix.Columns"/>.</param>
/// <param name="Levels">The levels of a factor or ordinal term, in order; empty for numeric terms.</param>
/// <param name="Reference">The reference level of a factor term; <c>null</c> otherwise.</param>
public sealed record DesignTerm(string Name, CovariateKind Kind, IReadOnlyList<int> Columns, IReadOnlyList<string> Levels, string? Reference);
