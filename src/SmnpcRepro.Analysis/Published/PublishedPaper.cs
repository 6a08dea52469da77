using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Analysis.Published;

/// <summary>
/// Every number the paper prints, read from <c>data/published.yaml</c> (the project's copy of the shared
/// transcription). Values are addressed by path: mapping keys, and for lists the item whose <c>key</c>
/// field matches (<c>table1.characteristics.gender.levels.male.count.value</c>). Nothing the paper
/// prints is typed again in code.
/// </summary>
public sealed class PublishedPaper
{
    private readonly YamlMappingNode _root;

    private PublishedPaper(string source, YamlMappingNode root)
    {
        Source = source;
        _root = root;
    }

    /// <summary>The file the numbers were read from.</summary>
    public string Source { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not YAML with a mapping at the top.</exception>
    public static PublishedPaper Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses YAML text; <paramref name="source"/> names it in errors.</summary>
    public static PublishedPaper Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"{source}({e.Start.Line},{e.Start.Column}): error: not valid YAML: {e.Message}"), e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, without a position, on some malformed flow collections.
            throw new InvalidDataException($"{source}: error: not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{source}: error: expected a YAML mapping at the top level.");
        }

        return new PublishedPaper(source, root);
    }

    /// <summary>The number at a dotted path.</summary>
    /// <exception cref="KeyNotFoundException">No such path, or the value there is not a number.</exception>
    public double Number(string path)
    {
        var text = Text(path);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new KeyNotFoundException($"{Source}: '{path}' is '{text}', not a number.");
    }

    /// <summary>The whole number at a dotted path.</summary>
    public int Integer(string path)
    {
        var value = Number(path);
        return value == Math.Floor(value) ? (int)value : throw new KeyNotFoundException($"{Source}: '{path}' is {value}, not a whole number.");
    }

    /// <summary>The scalar text at a dotted path.</summary>
    public string Text(string path) => Find(path) is YamlScalarNode s && s.Value is not null
        ? s.Value
        : throw new KeyNotFoundException($"{Source}: '{path}' is not a single value.");

    /// <summary>Whether a dotted path exists.</summary>
    public bool Has(string path) => TryFind(path) is not null;

    /// <summary>The scalar text at a dotted path, or null when there is none (missing, or not a single value).</summary>
    public string? TryText(string path) => TryFind(path) is YamlScalarNode { Value: { } value } ? value : null;

    /// <summary>
    /// The children of a dotted path, in file order: a mapping's keys, or a list's items by their <c>key</c>
    /// (by index when an item has none), each usable as the next path segment. Empty for a single value.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such path.</exception>
    public IReadOnlyList<string> Keys(string path) => Find(path) switch
    {
        YamlMappingNode m => m.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList(),
        YamlSequenceNode s => s.Children.Select((item, i) =>
            item is YamlMappingNode im && im.Children.TryGetValue(new YamlScalarNode("key"), out var k) && k is YamlScalarNode { Value: { } key }
                ? key
                : i.ToString(CultureInfo.InvariantCulture)).ToList(),
        _ => [],
    };

    /// <summary>The single values of a list at a dotted path (<c>[kps_preop, ki67]</c>); empty when the path is missing.</summary>
    public IReadOnlyList<string> Texts(string path) => TryFind(path) is YamlSequenceNode s
        ? s.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty).ToList()
        : [];

    private YamlNode Find(string path) => TryFind(path) ?? throw new KeyNotFoundException($"{Source}: no value at '{path}'.");

    private YamlNode? TryFind(string path)
    {
        YamlNode node = _root;
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                YamlMappingNode m when m.Children.TryGetValue(new YamlScalarNode(segment), out var child) => child,
                YamlSequenceNode s => s.Children.FirstOrDefault(item =>
                    item is YamlMappingNode im
                    && im.Children.TryGetValue(new YamlScalarNode("key"), out var k)
                    && k is YamlScalarNode ks
                    && string.Equals(ks.Value, segment, StringComparison.Ordinal))
                    ?? (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < s.Children.Count ? s.Children[index] : null!),
                _ => null!,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
