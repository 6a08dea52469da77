using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary><c>smnpc stats km --json</c>: R's <c>survfit</c> names (docs/stats-json.md).</summary>
public sealed record KaplanMeierJson(
    [property: JsonPropertyName("analysis")] string Analysis,
    [property: JsonPropertyName("r_equivalent")] string REquivalent,
    [property: JsonPropertyName("input")] InputJson Input,
    [property: JsonPropertyName("conf.type")] string ConfidenceType,
    [property: JsonPropertyName("conf.int")] double ConfidenceLevel,
    [property: JsonPropertyName("rmean_limit")] string RestrictedMeanLimit,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("events")] int Events,
    [property: JsonPropertyName("strata")] IReadOnlyList<KaplanMeierStratumJson> Strata);

/// <summary>One curve: R's <c>summary(fit)$table</c> row, quantiles, SPSS's median and mean, the curve.</summary>
/// <remarks>
/// The median's interval is named with the level, as R names it (<c>0.95LCL</c>, <c>0.95UCL</c>), so it is
/// <see cref="MedianInterval"/>, written after the other fields; hence init properties, not a positional record.
/// </remarks>
public sealed record KaplanMeierStratumJson
{
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("records")]
    public required int Records { get; init; }

    [JsonPropertyName("events")]
    public required int Events { get; init; }

    [JsonPropertyName("median")]
    public required double Median { get; init; }

    [JsonPropertyName("rmean")]
    public required double RestrictedMean { get; init; }

    [JsonPropertyName("se(rmean)")]
    public required double RestrictedMeanStandardError { get; init; }

    [JsonPropertyName("rmean.upper")]
    public required double RestrictedMeanUpperLimit { get; init; }

    [JsonPropertyName("quantile")]
    public required KaplanMeierQuantilesJson Quantile { get; init; }

    [JsonPropertyName("spss")]
    public required KaplanMeierSpssJson Spss { get; init; }

    [JsonPropertyName("at_times")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public KaplanMeierAtTimesJson? AtTimes { get; init; }

    [JsonPropertyName("curve")]
    public required KaplanMeierCurveJson Curve { get; init; }

    /// <summary><c>0.95LCL</c> and <c>0.95UCL</c> (the level as given).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? MedianInterval { get; set; }
}

/// <summary>R's <c>quantile.survfit</c>.</summary>
public sealed record KaplanMeierQuantilesJson(
    [property: JsonPropertyName("probs")] IReadOnlyList<double> Probabilities,
    [property: JsonPropertyName("quantile")] IReadOnlyList<double> Quantile,
    [property: JsonPropertyName("lower")] IReadOnlyList<double> Lower,
    [property: JsonPropertyName("upper")] IReadOnlyList<double> Upper);

/// <summary>SPSS 18's median (first time with S ≤ 0.5), its SE and symmetric CI, its mean and quantiles.</summary>
public sealed record KaplanMeierSpssJson(
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("median.se")] double MedianStandardError,
    [property: JsonPropertyName("median.lower")] double MedianLower,
    [property: JsonPropertyName("median.upper")] double MedianUpper,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("mean.se")] double MeanStandardError,
    [property: JsonPropertyName("mean.upper")] double MeanUpperLimit,
    [property: JsonPropertyName("quantile")] IReadOnlyList<double> Quantile,
    [property: JsonPropertyName("quantile.se")] IReadOnlyList<double> QuantileStandardError);

/// <summary>R's <c>summary(fit, times = …)</c>: survival and the risk table at chosen times.</summary>
public sealed record KaplanMeierAtTimesJson(
    [property: JsonPropertyName("time")] IReadOnlyList<double> Time,
    [property: JsonPropertyName("n.risk")] IReadOnlyList<int> NumberAtRisk,
    [property: JsonPropertyName("cum.n.event")] IReadOnlyList<int> CumulativeEvents,
    [property: JsonPropertyName("cum.n.censor")] IReadOnlyList<int> CumulativeCensored,
    [property: JsonPropertyName("surv")] IReadOnlyList<double> Survival,
    [property: JsonPropertyName("std.err")] IReadOnlyList<double> StandardError,
    [property: JsonPropertyName("greenwood_se_surv")] IReadOnlyList<double> GreenwoodStandardError,
    [property: JsonPropertyName("lower")] IReadOnlyList<double> Lower,
    [property: JsonPropertyName("upper")] IReadOnlyList<double> Upper);

/// <summary>The curve rows, one per distinct time (R's <c>survfit</c> object).</summary>
public sealed record KaplanMeierCurveJson(
    [property: JsonPropertyName("time")] double[] Time,
    [property: JsonPropertyName("n.risk")] int[] NumberAtRisk,
    [property: JsonPropertyName("n.event")] int[] NumberOfEvents,
    [property: JsonPropertyName("n.censor")] int[] NumberCensored,
    [property: JsonPropertyName("surv")] double[] Survival,
    [property: JsonPropertyName("std.err")] double[] StandardError,
    [property: JsonPropertyName("greenwood_se_surv")] double[] GreenwoodStandardError,
    [property: JsonPropertyName("cumhaz")] double[] CumulativeHazard,
    [property: JsonPropertyName("std.chaz")] double[] CumulativeHazardStandardError,
    [property: JsonPropertyName("lower")] double[] Lower,
    [property: JsonPropertyName("upper")] double[] Upper);
