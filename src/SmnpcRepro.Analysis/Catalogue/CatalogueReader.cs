using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>
/// Reads <c>data/catalogue.yaml</c> into typed entries. Every problem is reported at once, as
/// <c>file(line,col): error: …</c> at the offending node.
/// </summary>
public static class CatalogueReader
{
    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "catalogue.yaml";

    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "id", "published", "derive", "factor", "note" };

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file breaks a rule (all problems in the message).</exception>
    public static PrintedNumberCatalogue Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses YAML text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text breaks a rule (all problems in the message).</exception>
    public static PrintedNumberCatalogue Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}({e.Start.Line},{e.Start.Column}): error: not valid YAML: {e.Message}"), e);
        }

        var errors = new List<string>();
        void Error(YamlNode node, string message) =>
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{source}({node.Start.Line},{node.Start.Column}): error: {message}"));

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{source}: error: expected a mapping with 'printed' and 'not_printed'.");
        }

        var entries = new List<CatalogueEntry>();
        var notPrinted = new List<NotPrinted>();
        foreach (var (keyNode, value) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "printed" when value is YamlSequenceNode list:
                    entries.AddRange(list.Children.Select(item => Entry(item, Error)).OfType<CatalogueEntry>());
                    break;
                case "not_printed" when value is YamlSequenceNode list:
                    notPrinted.AddRange(list.Children.Select(item => Exclusion(item, Error)).OfType<NotPrinted>());
                    break;
                case "printed" or "not_printed":
                    Error(value, $"'{((YamlScalarNode)keyNode).Value}' must be a list.");
                    break;
                default:
                    Error(keyNode, $"unknown key '{(keyNode as YamlScalarNode)?.Value}' (expected 'printed' or 'not_printed').");
                    break;
            }
        }

        return errors.Count > 0
            ? throw new InvalidDataException(string.Join(Environment.NewLine, errors))
            : new PrintedNumberCatalogue(source, entries, notPrinted);
    }

    private static CatalogueEntry? Entry(YamlNode node, Action<YamlNode, string> error)
    {
        if (node is not YamlMappingNode map)
        {
            error(node, "a catalogue entry must be a mapping with 'id' and 'published'.");
            return null;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !EntryKeys.Contains(k.Value ?? string.Empty)))
        {
            error(key, $"unknown key '{key.Value}' (expected one of: {string.Join(", ", EntryKeys.Order(StringComparer.Ordinal))}).");
        }

        var ids = Child(map, "id") switch
        {
            YamlScalarNode { Value: { Length: > 0 } id } => new[] { id },
            YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) && list.Children.Count > 0 =>
                list.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray(),
            _ => null,
        };
        if (ids is null)
        {
            error(Child(map, "id") ?? map, "'id' must be a manuscript id or a list of them.");
        }

        var published = new List<PublishedItem>();
        if (Child(map, "published") is YamlMappingNode paths && paths.Children.Count > 0)
        {
            foreach (var (path, label) in paths.Children)
            {
                if (path is YamlScalarNode { Value: { Length: > 0 } p } && label is YamlScalarNode { Value: { Length: > 0 } l })
                {
                    published.Add(new PublishedItem(p, l));
                }
                else
                {
                    error(path, "each published path needs the reader's name for it ('path: \"Results: median age (years)\"').");
                }
            }
        }
        else
        {
            error(Child(map, "published") ?? map, "'published' must map published.yaml paths to the reader's names for them.");
        }

        var derivation = CatalogueDerivation.Each;
        if (Child(map, "derive") is { } derive)
        {
            if (derive is YamlScalarNode { Value: "ratio" })
            {
                derivation = CatalogueDerivation.Ratio;
                if (ids is { Length: not 2 })
                {
                    error(derive, "'derive: ratio' needs exactly two ids (numerator, denominator).");
                }
            }
            else
            {
                error(derive, "'derive' must be 'ratio'.");
            }
        }

        var factor = Scalar(map, "factor");
        var note = Scalar(map, "note") ?? string.Empty;
        return ids is null || published.Count == 0 ? null : new CatalogueEntry(ids, published, derivation, factor, note);
    }

    private static NotPrinted? Exclusion(YamlNode node, Action<YamlNode, string> error)
    {
        if (node is YamlMappingNode map && Scalar(map, "published") is { Length: > 0 } prefix && Scalar(map, "reason") is { Length: > 0 } reason && map.Children.Count == 2)
        {
            return new NotPrinted(prefix, reason);
        }

        error(node, "a 'not_printed' item is a mapping of exactly 'published' (a path prefix) and 'reason'.");
        return null;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) is YamlScalarNode { Value: { } v } ? v : null;
}
