namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>Which factors the multivariate model holds, and by what rule they entered.</summary>
/// <param name="Selection">The entry rule as the manuscript states it (<c>log-rank P ≤ 0.1</c>).</param>
/// <param name="Entered">The factors in the model, in Table 2's order.</param>
public sealed record ModelMembership(string Selection, IReadOnlyList<ModelFactor> Entered);

/// <summary>A factor of the multivariate model: its Table 2 key and the label a reader sees.</summary>
public sealed record ModelFactor(string Key, string Label);
