using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary><c>smnpc stats cox --json</c>: R's <c>coxph</c> names (docs/stats-cox-json.md).</summary>
public sealed record CoxphJson(
    [property: JsonPropertyName("analysis")] string Analysis,
    [property: JsonPropertyName("input")] InputJson Input,
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("ties")] string Ties,
    [property: JsonPropertyName("strata")] string? Strata,
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("nevent")] int Events,
    [property: JsonPropertyName("n_dropped")] int Dropped,
    [property: JsonPropertyName("dropped_lines")] IReadOnlyList<int> DroppedLines,
    [property: JsonPropertyName("conf_level")] double ConfidenceLevel,
    [property: JsonPropertyName("coefficients")] IReadOnlyList<CoxCoefficientJson> Coefficients,
    [property: JsonPropertyName("terms")] IReadOnlyList<CoxTermJson> Terms,
    [property: JsonPropertyName("loglik")] IReadOnlyList<double> LogLikelihood,
    [property: JsonPropertyName("lrt")] ChiSquareTestJson LikelihoodRatioTest,
    [property: JsonPropertyName("wald")] ChiSquareTestJson WaldTest,
    [property: JsonPropertyName("score")] ChiSquareTestJson ScoreTest,
    [property: JsonPropertyName("robust_score"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChiSquareTestJson? RobustScoreTest,
    [property: JsonPropertyName("iter")] int Iterations,
    [property: JsonPropertyName("converged")] bool Converged,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings,
    [property: JsonPropertyName("concordance")] ConcordanceJson Concordance,
    [property: JsonPropertyName("events_per_variable")] double EventsPerVariable,
    [property: JsonPropertyName("means")] IReadOnlyDictionary<string, double> Means,
    [property: JsonPropertyName("var")] double[][] Variance,
    [property: JsonPropertyName("naive_var"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double[][]? NaiveVariance,
    [property: JsonPropertyName("strata_levels"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? StrataLevels,
    [property: JsonPropertyName("zph"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProportionalHazardsJson? Zph,
    [property: JsonPropertyName("baseline"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BaselineSurvivalJson>? Baseline);

/// <summary>One coefficient (a row of R's <c>summary(fit)$coefficients</c> and <c>conf.int</c>).</summary>
public sealed record CoxCoefficientJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("coef")] double Coefficient,
    [property: JsonPropertyName("hr")] double HazardRatio,
    [property: JsonPropertyName("se")] double StandardError,
    [property: JsonPropertyName("robust_se"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? RobustStandardError,
    [property: JsonPropertyName("z")] double Z,
    [property: JsonPropertyName("p")] double P,
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("estimable")] bool Estimable,
    [property: JsonPropertyName("may_be_infinite")] bool MayBeInfinite);

/// <summary>The joint Wald test of one term's coefficients.</summary>
public sealed record CoxTermJson(
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("wald")] ChiSquareTestJson Wald);

/// <summary>A chi-square test: statistic, degrees of freedom, p.</summary>
public sealed record ChiSquareTestJson(
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("df")] int DegreesOfFreedom,
    [property: JsonPropertyName("p")] double P);

/// <summary>R's <c>fit$concordance</c>.</summary>
public sealed record ConcordanceJson(
    [property: JsonPropertyName("concordance")] double Concordance,
    [property: JsonPropertyName("se")] double StandardError,
    [property: JsonPropertyName("concordant")] double Concordant,
    [property: JsonPropertyName("discordant")] double Discordant,
    [property: JsonPropertyName("tied.x")] double TiedRisk,
    [property: JsonPropertyName("tied.y")] double TiedTime,
    [property: JsonPropertyName("tied.xy")] double TiedBoth);

/// <summary>R's <c>cox.zph</c>: one test per term and the global test.</summary>
public sealed record ProportionalHazardsJson(
    [property: JsonPropertyName("transform")] string Transform,
    [property: JsonPropertyName("terms")] IReadOnlyList<ProportionalHazardsTermJson> Terms,
    [property: JsonPropertyName("global")] ChiSquareTestJson Global);

/// <summary>One row of <c>cox.zph</c>.</summary>
public sealed record ProportionalHazardsTermJson(
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("df")] int DegreesOfFreedom,
    [property: JsonPropertyName("p")] double P);

/// <summary>R's <c>survfit(fit)</c> for one stratum.</summary>
public sealed record BaselineSurvivalJson(
    [property: JsonPropertyName("strata")] string Stratum,
    [property: JsonPropertyName("time")] IReadOnlyList<double> Time,
    [property: JsonPropertyName("n.risk")] IReadOnlyList<int> NumberAtRisk,
    [property: JsonPropertyName("n.event")] IReadOnlyList<int> Events,
    [property: JsonPropertyName("n.censor")] IReadOnlyList<int> Censored,
    [property: JsonPropertyName("surv")] IReadOnlyList<double> Survival,
    [property: JsonPropertyName("cumhaz")] IReadOnlyList<double> CumulativeHazard,
    [property: JsonPropertyName("std.err")] IReadOnlyList<double> StandardError,
    [property: JsonPropertyName("lower")] IReadOnlyList<double> Lower,
    [property: JsonPropertyName("upper")] IReadOnlyList<double> Upper);

/// <summary><c>smnpc stats cox --firth --json</c>: R's <c>coxphf</c> names (docs/stats-cox-json.md).</summary>
public sealed record CoxphfJson(
    [property: JsonPropertyName("analysis")] string Analysis,
    [property: JsonPropertyName("input")] InputJson Input,
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("ties")] string Ties,
    [property: JsonPropertyName("strata")] string? Strata,
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("nevent")] int Events,
    [property: JsonPropertyName("n_dropped")] int Dropped,
    [property: JsonPropertyName("dropped_lines")] IReadOnlyList<int> DroppedLines,
    [property: JsonPropertyName("conf_level")] double ConfidenceLevel,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("method_ci")] string IntervalMethod,
    [property: JsonPropertyName("coefficients")] IReadOnlyList<FirthCoefficientJson> Coefficients,
    [property: JsonPropertyName("loglik")] IReadOnlyList<double> LogLikelihood,
    [property: JsonPropertyName("loglik_original_scale")] IReadOnlyList<double> LogLikelihoodOriginalScale,
    [property: JsonPropertyName("lrt")] ChiSquareTestJson LikelihoodRatioTest,
    [property: JsonPropertyName("wald")] ChiSquareTestJson WaldTest,
    [property: JsonPropertyName("iter")] int Iterations,
    [property: JsonPropertyName("converged")] bool Converged,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings,
    [property: JsonPropertyName("events_per_variable")] double EventsPerVariable,
    [property: JsonPropertyName("var")] double[][] Variance);

/// <summary>One coefficient of <c>coxphf</c>, with its profile-likelihood interval and test.</summary>
public sealed record FirthCoefficientJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("coef")] double Coefficient,
    [property: JsonPropertyName("hr")] double HazardRatio,
    [property: JsonPropertyName("se")] double StandardError,
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("p")] double P);
