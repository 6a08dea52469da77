namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>One column of the design matrix, named as R names it (<c>age</c>, <c>factor(ph.ecog)1</c>, <c>xNonmaintained</c>).</summary>
/// <param name="Name">The column (coefficient) name.</param>
/// <param name="Term">Index of the term it belongs to in <see cref="DesignMatrix.Terms"/>.</param>
/// <param name="Level">For a factor indicator, the level it indicates; otherwise <c>null</c>.</param>
public sealed record DesignColumn(string Name, int Term, string? Level);
