using System.Text;
using System.Text.Json.Serialization.Metadata;
using SmnpcRepro.Stats.Json;

namespace SmnpcRepro.Stats.Output;

/// <summary>
/// What a stats verb prints, written as UTF-8 straight to its destination: a curve of millions of rows is tens of
/// megabytes of JSON, which is serialized once into the output stream instead of being held as a string first.
/// </summary>
public abstract class StatsOutput
{
    /// <summary>Writes the output (UTF-8, ending in a newline) to <paramref name="utf8"/>.</summary>
    public abstract void WriteTo(Stream utf8);

    /// <summary>The output as text (tests, and writers that are not byte streams).</summary>
    public string Text()
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A text table.</summary>
    public static StatsOutput Of(string text) => new TextOutput(text);

    /// <summary>An R-named result record as JSON (<see cref="StatsJson"/>); <paramref name="rows"/> (curve rows) picks indented or compact.</summary>
    public static StatsOutput Json<T>(T value, JsonTypeInfo<T> typeInfo, int rows) => new JsonOutput<T>(value, typeInfo, rows);

    private sealed class TextOutput(string text) : StatsOutput
    {
        public override void WriteTo(Stream utf8)
        {
            ArgumentNullException.ThrowIfNull(utf8);
            var bytes = Encoding.UTF8.GetBytes(text);
            utf8.Write(bytes);
        }
    }

    private sealed class JsonOutput<T>(T value, JsonTypeInfo<T> typeInfo, int rows) : StatsOutput
    {
        public override void WriteTo(Stream utf8) => StatsJson.Write(utf8, value, typeInfo, rows);
    }
}
