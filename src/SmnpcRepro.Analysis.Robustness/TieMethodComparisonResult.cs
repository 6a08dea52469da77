using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>One coefficient under Breslow and Efron ties.</summary>
/// <param name="FactorKey">The factor's key, or a categorical factor's contrast key.</param>
/// <param name="Label">Its Table 2 label.</param>
/// <param name="Breslow">The coefficient with Breslow ties (SPSS).</param>
/// <param name="Efron">The coefficient with Efron ties (R).</param>
public sealed record TieComparisonRow(string FactorKey, string Label, CoxCoefficient Breslow, CoxCoefficient Efron)
{
    /// <summary>Efron's HR over Breslow's.</summary>
    public double HazardRatioRatio => Efron.HazardRatio / Breslow.HazardRatio;
}

/// <summary>The headline Cox numbers under both tie methods, and the tied deaths behind the difference.</summary>
/// <param name="DistinctDeathTimes">Distinct times at which someone died.</param>
/// <param name="TiedDeathTimes">Of those, times shared by two or more deaths.</param>
/// <param name="DeathsAtTiedTimes">Deaths at those shared times.</param>
/// <param name="Univariate">Each Table 2 factor alone.</param>
/// <param name="Multivariate">The multivariate model (empty when no factor entered).</param>
public sealed record TieMethodComparisonResult(
    int DistinctDeathTimes,
    int TiedDeathTimes,
    int DeathsAtTiedTimes,
    IReadOnlyList<TieComparisonRow> Univariate,
    IReadOnlyList<TieComparisonRow> Multivariate);
