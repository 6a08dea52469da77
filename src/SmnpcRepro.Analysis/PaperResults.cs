using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Analysis.Univariate;

namespace SmnpcRepro.Analysis;

/// <summary>Every result the rebuilt paper prints, computed once; rendering never recomputes.</summary>
/// <param name="Profile">The conventions used.</param>
/// <param name="Patients">Cohort size.</param>
/// <param name="Table1">Table 1 counts.</param>
/// <param name="Summary">The descriptive numbers of the Results text.</param>
/// <param name="Overall">Overall survival.</param>
/// <param name="Univariate">Each Table 2 factor alone, in Table 2's order.</param>
/// <param name="Multivariate">The selection and the multivariate model.</param>
public sealed record PaperResults(
    ConventionsProfile Profile,
    int Patients,
    Table1Result Table1,
    CohortSummary Summary,
    OverallSurvivalResult Overall,
    IReadOnlyList<UnivariateResult> Univariate,
    MultivariateResult Multivariate)
{
    /// <summary>The analysis plan the results follow.</summary>
    public Plan.CompiledPlan Plan { get; init; } = SmnpcRepro.Analysis.Plan.PaperPlan.Compiled;

    /// <summary>The univariate result of factor <paramref name="key"/>.</summary>
    public UnivariateResult Factor(string key) =>
        Univariate.FirstOrDefault(u => string.Equals(u.Factor.Key, key, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No univariate result for '{key}'.", nameof(key));

    /// <summary>
    /// The factor and contrast a Cox term names (a binary or ordinal factor's key, or a categorical factor's
    /// contrast key <c>factor.group</c>).
    /// </summary>
    public (UnivariateResult Factor, Factors.FactorContrast Contrast) Contrast(string term)
    {
        foreach (var u in Univariate)
        {
            foreach (var c in u.Factor.Contrasts)
            {
                if (string.Equals(c.Key, term, StringComparison.Ordinal))
                {
                    return (u, c);
                }
            }
        }

        throw new ArgumentException($"No factor has a Cox term '{term}'.", nameof(term));
    }
}
