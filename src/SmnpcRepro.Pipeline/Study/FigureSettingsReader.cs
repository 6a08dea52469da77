using System.Globalization;
using SmnpcRepro.Manuscript.Figures;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// Reads the <c>figures:</c> section of <c>data/study.yaml</c> into <see cref="FigureOptions"/>:
/// <c>width</c> (<c>one</c>, 89 mm, the default; <c>two</c>, 183 mm), <c>confidence_bands</c> and
/// <c>median_line</c> (<c>true</c> or <c>false</c>, off by default as in the paper). Errors are added to the
/// reader's list with file, line and column, like every other key's.
/// </summary>
public static class FigureSettingsReader
{
    /// <summary>The section's keys.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["width", "confidence_bands", "median_line"];

    private static readonly Dictionary<string, ColumnWidth> Widths = new(StringComparer.Ordinal)
    {
        ["one"] = ColumnWidth.One,
        ["two"] = ColumnWidth.Two,
    };

    /// <summary>The options of <paramref name="section"/> (null: the defaults); problems go to <paramref name="errors"/>.</summary>
    public static FigureOptions Read(YamlMappingNode? section, string source, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var defaults = FigureOptions.Default;
        if (section is null)
        {
            return defaults;
        }

        var width = defaults.Width;
        if (Scalar(section, "width", source, errors) is { } node)
        {
            if (node.Value is { } value && Widths.TryGetValue(value, out var chosen))
            {
                width = chosen;
            }
            else
            {
                errors.Add(At(source, node.Start, $"'width' value '{node.Value}' is not one of: one (89 mm), two (183 mm)"));
            }
        }

        return new FigureOptions(
            width,
            Flag(section, "confidence_bands", defaults.ConfidenceBands, source, errors),
            Flag(section, "median_line", defaults.MedianLine, source, errors));
    }

    private static bool Flag(YamlMappingNode section, string key, bool fallback, string source, List<string> errors)
    {
        if (Scalar(section, key, source, errors) is not { } node)
        {
            return fallback;
        }

        switch (node.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(At(source, node.Start, $"'{key}' value '{node.Value}' must be true or false"));
                return fallback;
        }
    }

    private static YamlScalarNode? Scalar(YamlMappingNode section, string key, string source, List<string> errors)
    {
        if (!section.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        errors.Add(At(source, node.Start, $"'{key}' must be a single value"));
        return null;
    }

    private static string At(string source, Mark mark, string rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}({mark.Line},{mark.Column}): error: {rule}");
}
