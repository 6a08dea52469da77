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
    /// <summary>
    /// The coefficient named <paramref name="key"/> (a binary or ordinal factor's key, or a categorical factor's
    /// contrast key), or null when it is not in the model.
    /// </summary>
    public CoxCoefficient? Coefficient(string key) => Fit?.Coefficients.FirstOrDefault(c => string.Equals(c.Term, key, StringComparison.Ordinal));

    /// <summary>The estimates of <paramref name="factor"/>'s contrasts in the model; empty when it did not enter.</summary>
    public IReadOnlyList<ContrastEstimate> Estimates(PrognosticFactor factor) =>
        Entered.Contains(factor) ? ContrastEstimate.Of(factor, Fit) : [];

    /// <summary>The factor's Wald test in the model (joint over a categorical factor's indicators), or null when it did not enter.</summary>
    public ChiSquareTest? FactorTest(PrognosticFactor factor) =>
        Fit is { } fit && Entered.Contains(factor) ? ContrastEstimate.WaldTest(factor, fit) : null;

    /// <summary>The entered factors whose Wald p in the model is at or below <paramref name="significance"/> (the independent factors), in the model's order.</summary>
    public IReadOnlyList<PrognosticFactor> Independent(double significance) =>
        Entered.Where(f => FactorTest(f) is { } t && t.P <= significance).ToArray();
}
