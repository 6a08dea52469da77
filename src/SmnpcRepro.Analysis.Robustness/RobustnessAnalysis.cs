using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// What a careful reviewer asks of a 30-patient survival study, answered from the data: events per
/// variable, Firth-penalized estimates, permutation log-rank tests, the proportional-hazards check, the
/// bootstrap stability of the selection rule, and Breslow versus Efron ties. Pure: cohort, profile and
/// options in, results out (progress is only reported).
/// </summary>
public static class RobustnessAnalysis
{
    /// <summary>Runs every check on <paramref name="cohort"/> under <paramref name="profile"/>.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="profile">The conventions of the analysis checked.</param>
    /// <param name="options">Seeds and resamples; null for <see cref="RobustnessOptions.Default"/>.</param>
    /// <param name="bootstrapProgress">Receives the number of bootstrap resamples done so far, or null.</param>
    public static RobustnessResults Run(IReadOnlyList<CohortRecord> cohort, ConventionsProfile profile, RobustnessOptions? options = null, IProgress<int>? bootstrapProgress = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(profile);
        return Run(cohort, PaperAnalysis.Run(cohort, profile), options, bootstrapProgress);
    }

    /// <summary>Runs every check on <paramref name="cohort"/> around the paper's analysis already run on it (so a build runs it once).</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="paper">The paper's analysis of <paramref name="cohort"/>; its profile is the one checked.</param>
    /// <param name="options">Seeds and resamples; null for <see cref="RobustnessOptions.Default"/>.</param>
    /// <param name="bootstrapProgress">Receives the number of bootstrap resamples done so far, or null.</param>
    public static RobustnessResults Run(IReadOnlyList<CohortRecord> cohort, PaperResults paper, RobustnessOptions? options = null, IProgress<int>? bootstrapProgress = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(paper);
        options ??= RobustnessOptions.Default;
        options.Validate();
        var profile = paper.Profile;
        return new RobustnessResults(
            profile,
            options,
            cohort.Count,
            cohort.Count(p => p.Death),
            paper,
            EventsPerVariable.Compute(paper),
            FirthComparison.Compute(cohort, paper),
            PermutationLogRankRows.Compute(cohort, paper.Plan.Factors, options),
            ProportionalHazardsCheck.Compute(paper.Multivariate),
            SelectionStability.Run(cohort, paper.Plan.Factors, paper.Multivariate.Rule, profile.CoxOptions, profile.SignificanceLevel, options, bootstrapProgress),
            TieMethodComparison.Compute(cohort, paper));
    }
}
