using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Outcomes;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis;

/// <summary>
/// The paper's methods as written: Kaplan–Meier overall survival; each factor by log-rank (and a
/// univariate Cox model for the HR Table 2 prints); factors with univariate p ≤ 0.10 into a multivariate
/// Cox model. Pure: cohort and profile in, results out.
/// </summary>
public static class PaperAnalysis
{
    /// <summary>The Methods' selection rule: log-rank p ≤ the profile's entry threshold.</summary>
    public static SelectionRule SelectionRuleOf(ConventionsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new SelectionRule(SelectionTest.LogRank, profile.EntryThreshold);
    }

    /// <summary>Runs every analysis of the paper, under the paper's own plan, on <paramref name="cohort"/>.</summary>
    public static PaperResults Run(IReadOnlyList<CohortRecord> cohort, ConventionsProfile profile) => Run(cohort, profile, PaperPlan.Compiled);

    /// <summary>Runs every analysis of <paramref name="plan"/> on <paramref name="cohort"/>.</summary>
    public static PaperResults Run(IReadOnlyList<CohortRecord> cohort, ConventionsProfile profile, CompiledPlan plan)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(plan);
        var univariate = plan.Factors.Select(f => UnivariateAnalysis.Run(cohort, f, profile)).ToArray();
        return new PaperResults(
            profile,
            cohort.Count,
            Table1.Build(cohort, plan),
            CohortSummary.Of(cohort),
            SurvivalEstimates.Overall(cohort, profile),
            univariate,
            MultivariateAnalysis.Run(cohort, univariate, SelectionRuleOf(profile), profile)) { Plan = plan };
    }
}
