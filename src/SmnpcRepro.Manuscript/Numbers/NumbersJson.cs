using System.Text.Json;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>Reads and writes <c>numbers.json</c>: indented, snake_case, invariant numbers, LF line ends.</summary>
public static class NumbersJson
{
    private static readonly JsonSerializerOptions Options = Formatting.JsonFileOptions.Committed;

    /// <summary>Serialises <paramref name="file"/>.</summary>
    public static string Serialize(NumbersFile file) => JsonSerializer.Serialize(file, Options) + "\n";

    /// <summary>Parses the text of a <c>numbers.json</c>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">Not valid JSON, another schema, a missing field, or an id used twice.</exception>
    public static NumbersFile Parse(string json, string source)
    {
        NumbersFile? file;
        try
        {
            file = JsonSerializer.Deserialize<NumbersFile>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{source}({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : source;
            throw new InvalidDataException($"{where}: error: not a numbers file: {e.Message}", e);
        }

        if (file is null)
        {
            throw new InvalidDataException($"{source}: error: not a numbers file (the JSON is null).");
        }

        if (!string.Equals(file.Schema, NumbersFile.CurrentSchema, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: error: schema '{file.Schema}', expected '{NumbersFile.CurrentSchema}' (rebuild it with `smnpc build`).");
        }

        var duplicate = file.Numbers.GroupBy(n => n.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{source}: error: the id '{duplicate.Key}' is used {duplicate.Count()} times.");
        }

        return file;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">See <see cref="Parse"/>.</exception>
    public static NumbersFile Load(string path) => Parse(File.ReadAllText(path), path);
}
