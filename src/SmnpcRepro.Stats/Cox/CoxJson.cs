using SmnpcRepro.Stats.Json;
using SmnpcRepro.Stats.Output;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Stats.Cox;

/// <summary>
/// The JSON of <c>smnpc stats cox --json</c>: the fit mapped to R-named records (<see cref="CoxphJson"/>,
/// <see cref="CoxphfJson"/>; schema: docs/stats-cox-json.md), serialized through the source-generated
/// context with the conventions of every stats verb: NaN (a coefficient that is not estimable, a profile
/// limit that was not found) is <c>null</c>; ±∞ (an overflowing hazard ratio or limit) is <c>"Infinity"</c>.
/// </summary>
public static class CoxJson
{
    public static StatsOutput Write(CoxRequest request, CoxInput input, CoxFit fit, ProportionalHazardsResult? zph, IReadOnlyList<BaselineSurvivalCurve>? baseline)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fit);
        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < fit.Means.Count; j++)
        {
            means[fit.Coefficients[j].Name] = fit.Means[j];
        }

        var json = new CoxphJson(
            "coxph",
            InputJson.From(request.Input, input.Table, request.TimeFix),
            request.Input.Path,
            request.Input.Time,
            request.Input.Event,
            fit.Ties == TieMethod.Efron ? "efron" : "breslow",
            request.Input.Strata,
            request.Cluster,
            fit.RowCount,
            fit.EventCount,
            input.Table.RowsDropped,
            input.Table.DroppedLines,
            fit.ConfidenceLevel,
            fit.Coefficients.Select(c => new CoxCoefficientJson(
                c.Name, c.Term, c.Coefficient, c.HazardRatio, c.StandardError, fit.IsRobust ? c.RobustStandardError ?? double.NaN : null,
                c.Z, c.P, c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper, c.IsEstimable, c.MayBeInfinite)).ToArray(),
            fit.TermTests.Select(t => new CoxTermJson(t.Term, t.Columns, Test(t.Wald))).ToArray(),
            [fit.LogLikelihoodNull, fit.LogLikelihoodFinal],
            Test(fit.LikelihoodRatioTest),
            Test(fit.WaldTest),
            Test(fit.ScoreTest),
            fit.RobustScoreTest is { } robust ? Test(robust) : null,
            fit.Iterations,
            fit.Converged,
            fit.Warnings,
            new ConcordanceJson(fit.Concordance.Concordance, fit.Concordance.StandardError, fit.Concordance.Concordant, fit.Concordance.Discordant,
                fit.Concordance.TiedRisk, fit.Concordance.TiedTime, fit.Concordance.TiedBoth),
            fit.EventsPerVariable,
            means,
            fit.Variance.ToRows(),
            fit.NaiveVariance?.ToRows(),
            fit.Strata.Count > 0 ? fit.Strata : null,
            zph is null ? null : new ProportionalHazardsJson(zph.Transform,
                zph.Rows.Select(r => new ProportionalHazardsTermJson(r.Term, r.Test.Statistic, r.Test.DegreesOfFreedom, r.Test.P)).ToArray(), Test(zph.Global)),
            baseline?.Select(c => new BaselineSurvivalJson(c.Stratum, c.Time, c.NumberAtRisk, c.Events, c.Censored, c.Survival, c.CumulativeHazard, c.StandardError, c.Lower, c.Upper)).ToArray());
        return StatsOutput.Json(json, StatsJsonContext.Default.CoxphJson, baseline?.Sum(c => c.Time.Count) ?? 0);
    }

    public static StatsOutput WriteFirth(CoxRequest request, CoxInput input, FirthCoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fit);
        var json = new CoxphfJson(
            "coxphf",
            InputJson.From(request.Input, input.Table, request.TimeFix),
            request.Input.Path,
            request.Input.Time,
            request.Input.Event,
            "breslow",
            request.Input.Strata,
            request.Cluster,
            fit.RowCount,
            fit.EventCount,
            input.Table.RowsDropped,
            input.Table.DroppedLines,
            fit.Coefficients.Count > 0 ? fit.Coefficients[0].ConfidenceInterval.Level : 0.95,
            "Penalized ML",
            fit.IntervalMethod,
            fit.Coefficients.Select(c => new FirthCoefficientJson(c.Name, c.Term, c.Coefficient, c.HazardRatio, c.StandardError,
                c.ConfidenceInterval.Lower, c.ConfidenceInterval.Upper, c.ChiSquare, c.P)).ToArray(),
            [fit.PenalizedLogLikelihoodNull, fit.PenalizedLogLikelihoodFinal],
            [fit.PenalizedLogLikelihoodNull + fit.OriginalScaleShift, fit.PenalizedLogLikelihoodFinal + fit.OriginalScaleShift],
            Test(fit.LikelihoodRatioTest),
            Test(fit.WaldTest),
            fit.Iterations,
            fit.Converged,
            fit.Warnings,
            fit.EventsPerVariable,
            fit.Variance.ToRows());
        return StatsOutput.Json(json, StatsJsonContext.Default.CoxphfJson, 0);
    }

    private static ChiSquareTestJson Test(ChiSquareTest test) => new(test.Statistic, test.DegreesOfFreedom, test.P);
}
