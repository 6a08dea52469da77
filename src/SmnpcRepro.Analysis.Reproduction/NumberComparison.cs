using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>A published number against one recomputed counterpart.</summary>
/// <param name="Published">The published number.</param>
/// <param name="Recomputed">Its counterpart.</param>
/// <param name="Agreement">Same, close or different.</param>
/// <param name="Difference">How far and which way.</param>
public sealed record NumberComparison(PublishedNumber Published, Recomputed Recomputed, Agreement Agreement, Difference Difference)
{
    /// <summary>What the synthetic cohort's reconstruction did with the number; null when the data are not synthetic.</summary>
    public TargetRole? Role { get; init; }

    /// <summary>Its weight in the reconstruction's loss when <see cref="Role"/> is <see cref="TargetRole.Fitted"/>; 0 otherwise.</summary>
    public double Weight { get; init; }

    /// <summary>Why the reconstruction weighted it as it did (a misprint not fitted, a repeat fitted elsewhere); empty when it made no judgement.</summary>
    public string Judgement { get; init; } = string.Empty;
}

/// <summary>A published number with no recomputed counterpart, and why.</summary>
public sealed record UnmatchedNumber(PublishedNumber Published, string Reason);

/// <summary>A factor in the published multivariate model, the rebuilt one, or both.</summary>
/// <param name="Key">The factor's Table 2 key.</param>
/// <param name="Label">Its Table 2 label.</param>
/// <param name="Published">Whether the paper's model holds it (as its text implies, or a Table 2 multivariate cell shows).</param>
/// <param name="PublishedEstimate">Whether Table 2 prints a multivariate estimate for it.</param>
/// <param name="Recomputed">Whether the rebuilt model holds it.</param>
public sealed record ModelMembershipRow(string Key, string Label, bool Published, bool PublishedEstimate, bool Recomputed);
