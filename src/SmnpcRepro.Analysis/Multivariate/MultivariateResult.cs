using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Multivariate;

/// <summary>
/// The multivariate Cox model of the factors the selection rule let in: the rule, every decision, and
/// the fit (null when fewer than one factor entered).
/// </summary>
public sealed record MultivariateResult(
    SelectionRule Rule,
    IReadOnlyList<SelectionDecision> Decisions,
    IReadOnlyList<PrognosticFactor> Entered,
    CoxFit? Fit)
{
    /// <summary>The coefficient of factor <paramref name="key"/>, or null when it did not enter.</summary>
    public CoxCoefficient? Coefficient(string key) => Fit?.Coefficients.FirstOrDefault(c => string.Equals(c.Term, key, StringComparison.Ordinal));
}
