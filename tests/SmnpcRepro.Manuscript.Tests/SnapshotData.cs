using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmnpcRepro.Manuscript.Tests;

/// <summary>
/// Data snapshots as indented JSON lines with every number rounded to 12 significant digits: a snapshot
/// guards what a reader could see, not the last bit of a double, which legitimately moves when the
/// engine reorders floating-point work (e.g. a faster Cox kernel).
/// </summary>
internal static class SnapshotData
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string[] Lines(object value)
    {
        var node = JsonSerializer.SerializeToNode(value, value.GetType());
        return (Round(node)?.ToJsonString(Indented) ?? "null").Split('\n');
    }

    private static JsonNode? Round(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToArray())
                {
                    o[key] = Round(o[key]?.DeepClone());
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Round(a[i]?.DeepClone());
                }

                return a;
            case JsonValue v when v.TryGetValue<double>(out var d) && double.IsFinite(d):
                return JsonValue.Create(double.Parse(d.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            default:
                return node;
        }
    }
}
