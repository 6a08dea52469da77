using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Multivariate;

/// <summary>The paper's multivariate step: screen by univariate p, then one Cox model of what entered.</summary>
public static class MultivariateAnalysis
{
    /// <summary>Applies <paramref name="rule"/> to <paramref name="univariate"/> and fits the model.</summary>
    public static MultivariateResult Run(
        IReadOnlyList<CohortRecord> cohort,
        IReadOnlyList<UnivariateResult> univariate,
        SelectionRule rule,
        ConventionsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(univariate);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(profile);
        var decisions = univariate
            .Select(u =>
            {
                var p = rule.Test == SelectionTest.LogRank ? u.LogRankP : u.P;
                return new SelectionDecision(u.Factor.Key, p, p <= rule.Threshold);
            })
            .ToArray();
        var entered = univariate.Where((u, i) => decisions[i].Entered).Select(u => u.Factor).ToArray();
        var fit = entered.Length == 0
            ? null
            : CoxModel.Fit(UnivariateAnalysis.Data(cohort, entered), profile.CoxOptions);
        return new MultivariateResult(rule, decisions, entered, fit);
    }
}
