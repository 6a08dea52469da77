using System.Text.Json.Serialization;

namespace SmnpcRepro.Stats.Json;

/// <summary>
/// The System.Text.Json source-generated metadata of every stats JSON record: R's names come from
/// <see cref="JsonPropertyNameAttribute"/> on the records, doubles go through <see cref="RNumberConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(RNumberConverter)])]
[JsonSerializable(typeof(KaplanMeierJson))]
[JsonSerializable(typeof(LogRankJson))]
[JsonSerializable(typeof(CoxphJson))]
[JsonSerializable(typeof(CoxphfJson))]
[JsonSerializable(typeof(double))]
public sealed partial class StatsJsonContext : JsonSerializerContext;
