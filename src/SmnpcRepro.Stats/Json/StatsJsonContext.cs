using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// The System.Text.Json source-generated metadata of every stats JSON record: R's names come from
/// <see cref="JsonPropertyNameAttribute"/> on the records, doubles go through <see cref="RNumberConverter"/>, arrays of them through <see cref="RNumberArrayConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(RNumberConverter), typeof(RNumberArrayConverter)])]
[JsonSerializable(typeof(KaplanMeierJson))]
[JsonSerializable(typeof(LogRankJson))]
[JsonSerializable(typeof(CoxphJson))]
[JsonSerializable(typeof(CoxphfJson))]
[JsonSerializable(typeof(double))]
public sealed partial class StatsJsonContext : JsonSerializerContext;
