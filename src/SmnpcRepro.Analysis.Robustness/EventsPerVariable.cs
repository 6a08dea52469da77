namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// Events per variable (EPV): events divided by the regression parameters a model estimates, for each model
/// of the paper and for the screening procedure that chose the multivariate model (every candidate factor
/// examined counts, since the data chose among them), with the chance that screening many factors lets
/// in one that has no effect.
/// </summary>
public static class EventsPerVariable
{
    /// <summary>The usual rules of thumb, strictest first.</summary>
    public static IReadOnlyList<EventsPerVariableThreshold> Thresholds { get; } =
    [
        new(10, "Peduzzi et al. 1995; Concato et al. 1995", "the rule of ten"),
        new(5, "Vittinghoff & McCulloch 2007", "relaxed: 5–9 often acceptable"),
    ];

    /// <summary>Events per parameter; NaN without parameters.</summary>
    public static double Of(int events, int parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfNegative(parameters);
        return parameters == 0 ? double.NaN : (double)events / parameters;
    }

    /// <summary>
    /// Under the global null and independent tests, the expected number of the <paramref name="tests"/>
    /// factors with p ≤ <paramref name="threshold"/> (k·α).
    /// </summary>
    public static double ExpectedFalseEntries(int tests, double threshold) => tests * threshold;

    /// <summary>Under the global null and independent tests, P(at least one p ≤ α) = 1 − (1 − α)^k.</summary>
    public static double ChanceOfAnyFalseEntry(int tests, double threshold) => 1 - Math.Pow(1 - threshold, tests);

    /// <summary>EPV of every model of <paramref name="results"/> and of its screening.</summary>
    public static EventsPerVariableResult Compute(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var models = new List<EventsPerVariableRow>();
        foreach (var u in results.Univariate)
        {
            var parameters = u.Cox.Coefficients.Count;
            models.Add(Row(u.Factor.Key, u.Factor.Label, ModelKind.Univariate, u.Cox.EventCount, parameters));
        }

        if (results.Multivariate.Fit is { } fit)
        {
            models.Add(Row("multivariate", "Multivariate model", ModelKind.Multivariate, fit.EventCount, fit.Coefficients.Count));
        }

        var candidates = results.Univariate.Sum(u => u.Cox.Coefficients.Count);
        var events = results.Univariate.Count == 0 ? 0 : results.Univariate.Max(u => u.Cox.EventCount);
        models.Add(Row("screening", "Screening of every candidate factor", ModelKind.Screening, events, candidates));
        var tests = results.Univariate.Count;
        return new EventsPerVariableResult(
            models,
            Thresholds,
            tests,
            results.Multivariate.Rule.Threshold,
            ExpectedFalseEntries(tests, results.Multivariate.Rule.Threshold),
            ChanceOfAnyFalseEntry(tests, results.Multivariate.Rule.Threshold),
            results.Profile.SignificanceLevel,
            ChanceOfAnyFalseEntry(tests, results.Profile.SignificanceLevel));
    }

    private static EventsPerVariableRow Row(string key, string label, ModelKind kind, int events, int parameters)
    {
        var epv = Of(events, parameters);
        return new EventsPerVariableRow(key, label, kind, events, parameters, epv, Thresholds.Where(t => epv >= t.MinimumEventsPerVariable).Select(t => t.MinimumEventsPerVariable).ToArray());
    }
}
