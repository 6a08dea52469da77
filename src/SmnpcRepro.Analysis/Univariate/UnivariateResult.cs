using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Univariate;

/// <summary>
/// One factor analysed alone, both ways the paper could mean: the log-rank test across its groups (what
/// the Methods say was done) and a univariate Cox model with its HR (what Table 2 prints), each kept and
/// labelled so neither is mistaken for the other.
/// </summary>
/// <param name="Factor">The factor.</param>
/// <param name="Survival">Kaplan–Meier curves, medians and the log-rank test by group.</param>
/// <param name="Cox">The univariate Cox fit (one covariate: the exposure indicator or the ordinal score).</param>
public sealed record UnivariateResult(PrognosticFactor Factor, GroupSurvivalResult Survival, CoxFit Cox)
{
    /// <summary>The coefficient of a binary or ordinal factor (its one covariate).</summary>
    /// <exception cref="InvalidOperationException">The factor is categorical (see <see cref="Estimates"/>).</exception>
    public CoxCoefficient Coefficient => Factor.IsSingleContrast
        ? Cox.Coefficients[0]
        : throw new InvalidOperationException($"'{Factor.Key}' is categorical: it has one coefficient per group against the reference (Estimates).");

    /// <summary>Each contrast of the factor with its coefficient, in the factor's order (one for a binary or ordinal factor).</summary>
    public IReadOnlyList<ContrastEstimate> Estimates => ContrastEstimate.Of(Factor, Cox);

    /// <summary>
    /// The Cox model's Wald p for the factor: its coefficient's, or for a categorical factor the joint test
    /// of its k − 1 indicators (k − 1 df), which Table 2 prints on the factor's line.
    /// </summary>
    public double P => FactorTest.P;

    /// <summary>The factor's Wald test in the model (one df for a binary or ordinal factor).</summary>
    public ChiSquareTest FactorTest => ContrastEstimate.WaldTest(Factor, Cox);

    /// <summary>Log-rank p across the factor's groups (k − 1 df).</summary>
    public double LogRankP => Survival.LogRank.PValue;

    /// <summary>Patients analysed (with a value for the factor).</summary>
    public int Patients => Cox.RowCount - Cox.DroppedRows.Count;

    /// <summary>Patients left out for a missing value.</summary>
    public int Missing => Survival.Missing;
}
