using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary><c>smnpc stats logrank --json</c>: R's <c>survdiff</c> names (docs/stats-json.md).</summary>
public sealed record LogRankJson(
    [property: JsonPropertyName("analysis")] string Analysis,
    [property: JsonPropertyName("r_equivalent")] string REquivalent,
    [property: JsonPropertyName("input")] InputJson Input,
    [property: JsonPropertyName("weight")] string Weight,
    [property: JsonPropertyName("rho")] double Rho,
    [property: JsonPropertyName("groups")] IReadOnlyList<string> Groups,
    [property: JsonPropertyName("n")] IReadOnlyList<int> N,
    [property: JsonPropertyName("obs")] IReadOnlyList<double> Observed,
    [property: JsonPropertyName("exp")] IReadOnlyList<double> Expected,
    [property: JsonPropertyName("o_minus_e")] IReadOnlyList<double> ObservedMinusExpected,
    [property: JsonPropertyName("var")] IReadOnlyList<IReadOnlyList<double>> Variance,
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("df")] int DegreesOfFreedom,
    [property: JsonPropertyName("p")] double P,
    [property: JsonPropertyName("strata"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Strata,
    [property: JsonPropertyName("strata_n"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? StrataN,
    [property: JsonPropertyName("obs_by_stratum"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<double>>? ObservedByStratum,
    [property: JsonPropertyName("exp_by_stratum"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<double>>? ExpectedByStratum,
    [property: JsonPropertyName("pairwise"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LogRankTestJson>? Pairwise,
    [property: JsonPropertyName("trend"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LogRankTrendJson? Trend,
    [property: JsonPropertyName("permutation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PermutationJson? Permutation,
    [property: JsonPropertyName("exact"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PermutationJson? Exact,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);

/// <summary>One survdiff test (a pair of groups, with <c>--pairwise</c>).</summary>
public sealed record LogRankTestJson(
    [property: JsonPropertyName("groups")] IReadOnlyList<string> Groups,
    [property: JsonPropertyName("n")] IReadOnlyList<int> N,
    [property: JsonPropertyName("obs")] IReadOnlyList<double> Observed,
    [property: JsonPropertyName("exp")] IReadOnlyList<double> Expected,
    [property: JsonPropertyName("o_minus_e")] IReadOnlyList<double> ObservedMinusExpected,
    [property: JsonPropertyName("var")] IReadOnlyList<IReadOnlyList<double>> Variance,
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("df")] int DegreesOfFreedom,
    [property: JsonPropertyName("p")] double P);

/// <summary>The test for trend across ordered groups (SPSS /TREND).</summary>
public sealed record LogRankTrendJson(
    [property: JsonPropertyName("scores")] IReadOnlyList<double> Scores,
    [property: JsonPropertyName("U")] double U,
    [property: JsonPropertyName("V")] double V,
    [property: JsonPropertyName("z")] double Z,
    [property: JsonPropertyName("chisq")] double ChiSquare,
    [property: JsonPropertyName("df")] int DegreesOfFreedom,
    [property: JsonPropertyName("p")] double P);

/// <summary>A permutation p-value (Monte Carlo or exact).</summary>
public sealed record PermutationJson(
    [property: JsonPropertyName("statistic")] string Statistic,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("observed")] double Observed,
    [property: JsonPropertyName("relabellings")] long Relabellings,
    [property: JsonPropertyName("seed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ulong? Seed,
    [property: JsonPropertyName("p")] double P,
    [property: JsonPropertyName("mid_p")] double MidP,
    [property: JsonPropertyName("mc_se")] double MonteCarloStandardError,
    [property: JsonPropertyName("p_conf_int_99")] IReadOnlyList<double> PConfidenceInterval99);
