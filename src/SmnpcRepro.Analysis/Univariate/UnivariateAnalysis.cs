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

    /// <summary>The Cox data for <paramref name="factors"/>: one numeric covariate each (NaN where the value is missing).</summary>
    public static CoxData Data(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(factors);
        var covariates = factors
            .Select(f => CovariateSpec.Numeric(f.Key, cohort.Select(p => f.Classify(p) is { } g ? f.Covariate(g) : double.NaN).ToArray()))
            .ToArray();
        return new CoxData(
            cohort.Select(p => p.OsMonths).ToArray(),
            cohort.Select(p => p.Death ? 1.0 : 0.0).ToArray(),
            covariates);
    }
}
