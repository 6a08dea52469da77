using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The Cox estimates under both ways of handling tied death times: Breslow (SPSS COXREG, the paper's
/// software) and Efron (R's <c>coxph</c> default). Without tied deaths the two are identical; the tied death
/// times counted here are where any difference comes from. The log-rank tests, and hence the selection,
/// do not depend on the tie method.
/// </summary>
public static class TieMethodComparison
{
    /// <summary>Every univariate model and the multivariate model of <paramref name="results"/> under both tie methods.</summary>
    public static TieMethodComparisonResult Compute(IReadOnlyList<CohortRecord> cohort, PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(results);
        var (distinct, tied, eventsAtTied) = TiedDeaths(cohort);
        var univariate = results.Univariate.SelectMany(u => Rows(cohort, [u.Factor])).ToArray();
        var multivariate = results.Multivariate.Entered.Count == 0 ? [] : Rows(cohort, results.Multivariate.Entered);
        return new TieMethodComparisonResult(distinct, tied, eventsAtTied, univariate, multivariate);
    }

    /// <summary>Distinct death times, those shared by two or more deaths, and the deaths at them.</summary>
    public static (int DistinctDeathTimes, int TiedDeathTimes, int DeathsAtTiedTimes) TiedDeaths(IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var groups = cohort.Where(p => p.Death).GroupBy(p => p.OsMonths).Select(g => g.Count()).ToArray();
        return (groups.Length, groups.Count(c => c > 1), groups.Where(c => c > 1).Sum());
    }

    private static TieComparisonRow[] Rows(IReadOnlyList<CohortRecord> cohort, IReadOnlyList<PrognosticFactor> factors)
    {
        var data = UnivariateAnalysis.Data(cohort, factors);
        var breslow = CoxModel.Fit(data, CoxOptions.Default with { Ties = TieMethod.Breslow });
        var efron = CoxModel.Fit(data, CoxOptions.Default with { Ties = TieMethod.Efron });
        // One row per coefficient (a categorical factor's contrasts each get one), in the design's order.
        return factors.SelectMany(f => f.Contrasts).Select((c, j) => new TieComparisonRow(c.Key, c.Label, breslow.Coefficients[j], efron.Coefficients[j])).ToArray();
    }
}
