using System.Text.Json.Serialization;
using SmnpcRepro.Stats.Input;

namespace SmnpcRepro.Stats.Json;

/// <summary>The <c>input</c> block of every stats JSON: what was read, used and dropped (docs/stats-input.md).</summary>
public sealed record InputJson(
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("event_code")] string EventCode,
    [property: JsonPropertyName("censor_code")] string CensorCode,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("strata")] string? Strata,
    [property: JsonPropertyName("timefix")] bool TimeFix,
    [property: JsonPropertyName("rows_read")] int RowsRead,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("rows_dropped")] int RowsDropped,
    [property: JsonPropertyName("blank_lines")] int BlankLines,
    [property: JsonPropertyName("missing_by_column")] IReadOnlyDictionary<string, int> MissingByColumn,
    [property: JsonPropertyName("dropped_lines")] IReadOnlyList<int> DroppedLines)
{
    /// <summary>The block for <paramref name="request"/> read into <paramref name="table"/>.</summary>
    public static InputJson From(SurvivalCsvRequest request, SurvivalCsvTable table, bool timeFix)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        return new InputJson(request.Path, request.Time, request.Event, request.EventCode, request.CensorCode, request.Group, request.Strata, timeFix,
            table.RowsRead, table.Data.Count, table.RowsDropped, table.BlankLines, table.DroppedByColumn, table.DroppedLines);
    }
}
