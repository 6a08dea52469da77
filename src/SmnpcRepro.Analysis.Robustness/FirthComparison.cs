using SmnpcRepro.Analysis.Univariate;
using SmnpcRepro.Cohort;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// Firth-penalized Cox estimates (Heinze &amp; Schemper 2001, as R's <c>coxphf</c>: Breslow ties, profile
/// penalized-likelihood CIs) beside the ordinary ones of Table 2's univariate rows and of the multivariate
/// model, each ordinary estimate classified as stable, unstable or diverging.
/// </summary>
public static class FirthComparison
{
    /// <summary>The rule applied, the one the appendix prints.</summary>
    public static InstabilityRule Rule => InstabilityRule.Appendix;

    /// <summary>Compares every univariate model of <paramref name="results"/> and its multivariate model.</summary>
    public static FirthComparisonResult Compute(IReadOnlyList<CohortRecord> cohort, PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(results);
        var fewest = results.Univariate.ToDictionary(u => u.Factor.Key, u => u.Survival.Medians.Min(m => m.Deaths), StringComparer.Ordinal);
        // One row per coefficient: a categorical factor's contrasts each get a row, with the factor's fewest group events.
        string[] Labels(IEnumerable<Factors.PrognosticFactor> factors) => factors.SelectMany(f => f.Contrasts.Select(c => c.Label)).ToArray();
        int[] Fewest(IEnumerable<Factors.PrognosticFactor> factors) => factors.SelectMany(f => f.Contrasts.Select(_ => fewest[f.Key])).ToArray();
        var univariate = results.Univariate
            .SelectMany(u => Compare(UnivariateAnalysis.Data(cohort, [u.Factor]), u.Cox, Labels([u.Factor]), Fewest([u.Factor])))
            .ToArray();
        var entered = results.Multivariate.Entered;
        var multivariate = results.Multivariate.Fit is { } fit
            ? Compare(UnivariateAnalysis.Data(cohort, entered), fit, Labels(entered), Fewest(entered))
            : [];
        return new FirthComparisonResult(results.Profile.Ties, univariate, multivariate, Rule);
    }

    /// <summary>
    /// Fits the Firth model to <paramref name="data"/> and sets each coefficient of the ordinary
    /// <paramref name="ordinary"/> fit beside its Firth estimate. A Firth fit that cannot be made (e.g. a
    /// constant covariate) leaves the Firth side empty with the reason.
    /// </summary>
    /// <param name="data">The model's data.</param>
    /// <param name="ordinary">The ordinary Cox fit of the same data.</param>
    /// <param name="labels">A label per coefficient.</param>
    /// <param name="fewestGroupEvents">Per coefficient, the fewest events in any group of its factor.</param>
    public static IReadOnlyList<FirthComparisonRow> Compare(CoxData data, CoxFit ordinary, IReadOnlyList<string> labels, IReadOnlyList<int> fewestGroupEvents)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ordinary);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(fewestGroupEvents);
        FirthCoxFit? firth = null;
        var problem = string.Empty;
        try
        {
            firth = FirthCoxModel.Fit(data);
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }

        var rows = new FirthComparisonRow[ordinary.Coefficients.Count];
        for (var j = 0; j < rows.Length; j++)
        {
            var c = ordinary.Coefficients[j];
            var f = firth?.Coefficients.FirstOrDefault(x => string.Equals(x.Name, c.Name, StringComparison.Ordinal));
            var reasons = Reasons(c, ordinary.Converged, f, fewestGroupEvents[j]);
            rows[j] = new FirthComparisonRow(c.Term, labels[j], c, ordinary.Converged, f, firth?.Converged ?? false, problem, fewestGroupEvents[j], Classify(reasons), reasons);
        }

        return rows;
    }

    /// <summary>Diverges for monotone likelihood, non-convergence or a non-estimable coefficient; unstable for few events or a large penalty shift; otherwise stable.</summary>
    public static EstimateStability Classify(StabilityReasons reasons) =>
        (reasons & (StabilityReasons.MonotoneLikelihood | StabilityReasons.NotConverged | StabilityReasons.NotEstimable)) != 0 ? EstimateStability.Diverges
        : reasons != StabilityReasons.None ? EstimateStability.Unstable
        : EstimateStability.Stable;

    /// <summary>Every reason that applies to an ordinary coefficient.</summary>
    public static StabilityReasons Reasons(CoxCoefficient ordinary, bool converged, FirthCoefficient? firth, int fewestGroupEvents)
    {
        ArgumentNullException.ThrowIfNull(ordinary);
        var reasons = StabilityReasons.None;
        if (ordinary.MayBeInfinite)
        {
            reasons |= StabilityReasons.MonotoneLikelihood;
        }

        if (!converged)
        {
            reasons |= StabilityReasons.NotConverged;
        }

        if (!ordinary.IsEstimable)
        {
            reasons |= StabilityReasons.NotEstimable;
        }

        if (Rule.IsFewEvents(fewestGroupEvents))
        {
            reasons |= StabilityReasons.FewEventsInGroup;
        }

        if (firth is not null && ordinary.IsEstimable && Rule.IsLargeShift(ordinary.Coefficient, firth.Coefficient))
        {
            reasons |= StabilityReasons.LargePenaltyShift;
        }

        return reasons;
    }
}
