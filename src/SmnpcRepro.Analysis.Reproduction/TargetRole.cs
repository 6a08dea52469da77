using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// What the synthetic cohort's reconstruction did with a published number, which decides what its agreement
/// proves: an exact target agrees by construction, a fitted one measures the fit, and only a number the
/// reconstruction did not target is evidence of reproducibility.
/// </summary>
public enum TargetRole
{
    /// <summary>Not targeted: the cohort was not built to give it, so agreement is evidence.</summary>
    NotTargeted,

    /// <summary>Exact by construction: a count (or a percentage of one), or a number the reconstruction fixes.</summary>
    Exact,

    /// <summary>Fitted: the reconstruction's search was scored on it, with a weight.</summary>
    Fitted,
}

/// <summary>The reconstruction's targets by published path: which it fixes exactly and which it fits, with their weights.</summary>
/// <param name="Exact">Paths (or path prefixes) the reconstruction fixes exactly.</param>
/// <param name="Fitted">Paths the search is scored on, with their weights in its loss (only weights above 0).</param>
/// <param name="Judgements">Why a target is weighted as it is (a misprint not fitted, a repeat fitted elsewhere), by path.</param>
public sealed record ReproductionRoles(IReadOnlySet<string> Exact, IReadOnlyDictionary<string, double> Fitted, IReadOnlyDictionary<string, string> Judgements)
{
    /// <summary>
    /// Manuscript numbers (catalogue ids) the search constrains without a print of their own — each factor's
    /// log-rank P, held on its side of the entry threshold by the selection targets — with the constraint's weight.
    /// </summary>
    public IReadOnlyDictionary<string, double> ConstrainedIds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The role of <paramref name="number"/>, compared with <paramref name="counterpart"/>, and its weight when fitted (0 otherwise).</summary>
    public (TargetRole Role, double Weight) Of(PublishedNumber number, Recomputed counterpart)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(counterpart);
        if (Fitted.TryGetValue(number.Path, out var weight))
        {
            return (TargetRole.Fitted, weight);
        }

        if (ConstrainedIds.TryGetValue(counterpart.Id, out var constraint))
        {
            return (TargetRole.Fitted, constraint);
        }

        // Every count the synthetic cohort has is fixed by its Table 1 levels, deaths and onset counts, and so is every percentage or ratio of them.
        return counterpart.FromCounts
            || Exact.Any(p => number.Path == p || number.Path.StartsWith(p + ".", StringComparison.Ordinal))
            ? (TargetRole.Exact, 0)
            : (TargetRole.NotTargeted, 0);
    }
}
