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
    /// <summary>The factor's coefficient in the Cox model.</summary>
    public CoxCoefficient Coefficient => Cox.Coefficients[0];

    /// <summary>Log-rank p across the factor's groups (k − 1 df).</summary>
    public double LogRankP => Survival.LogRank.PValue;

    /// <summary>Patients analysed (with a value for the factor).</summary>
    public int Patients => Cox.RowCount - Cox.DroppedRows.Count;

    /// <summary>Patients left out for a missing value.</summary>
    public int Missing => Survival.Missing;
}
