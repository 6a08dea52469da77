using SmnpcRepro.Analysis.Profiles;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>Every published number against the rebuild: the comparisons, the numbers with no counterpart, and the multivariate model's membership.</summary>
/// <param name="Profile">The conventions the rebuild used.</param>
/// <param name="Compared">Each published number against each counterpart, in file order.</param>
/// <param name="Unmatched">Published numbers with no counterpart, in file order.</param>
/// <param name="Model">Factors in either multivariate model, in Table 2's order.</param>
public sealed record ReproductionResult(
    ConventionsProfile Profile,
    IReadOnlyList<NumberComparison> Compared,
    IReadOnlyList<UnmatchedNumber> Unmatched,
    IReadOnlyList<ModelMembershipRow> Model)
{
    /// <summary>How many comparisons fall in <paramref name="agreement"/>.</summary>
    /// <summary>How the study's plan departs from the paper's, variable by variable (empty when it follows the paper).</summary>
    public IReadOnlyList<string> Departures { get; init; } = [];

    /// <summary>How many comparisons fall in <paramref name="agreement"/>.</summary>
    public int Count(Agreement agreement) => Compared.Count(c => c.Agreement == agreement);
}
