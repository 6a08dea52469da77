using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Analysis.Univariate;

/// <summary>Each Table 2 factor alone: log-rank test and univariate Cox model.</summary>
public static class UnivariateAnalysis
{
    /// <summary>Analyses <paramref name="factor"/>.</summary>
    public static UnivariateResult Run(IReadOnlyList<CohortRecord> cohort, PrognosticFactor factor, ConventionsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(profile);
        var survival = SurvivalEstimates.ByFactor(cohort, factor, profile);
        var cox = CoxModel.Fit(Data(cohort, [factor]), profile.CoxOptions);
        return new UnivariateResult(factor, survival, cox);
    }

    /// <summary>
    /// The Cox data for <paramref name="factors"/>: one numeric covariate per contrast (NaN where the value is
    /// missing), named by the contrast's key: the factor's own key for a binary or ordinal factor, one 0/1
    /// indicator per non-reference group of a categorical one.
    /// </summary>
    public static CoxData Data(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(factors);
        var covariates = new List<CovariateSpec>();
        foreach (var f in factors)
        {
            var groups = cohort.Select(f.Classify).ToArray();
            var contrasts = f.Contrasts;
            for (var k = 0; k < contrasts.Count; k++)
            {
                var contrast = k;
                covariates.Add(CovariateSpec.Numeric(contrasts[k].Key, groups.Select(g => g is { } v ? f.ContrastValue(contrast, v) : double.NaN).ToArray()));
            }
        }

        return new CoxData(
            cohort.Select(p => p.OsMonths).ToArray(),
            cohort.Select(p => p.Death ? 1.0 : 0.0).ToArray(),
            covariates);
    }
}
