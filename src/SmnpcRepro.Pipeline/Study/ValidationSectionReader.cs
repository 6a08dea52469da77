using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// Reads the <c>validation:</c> section of <c>data/study.yaml</c> (one key, <c>strict</c>: <c>true</c> or
/// <c>false</c>), reporting errors as the rest of the settings do: file(line,column), all of them at once.
/// </summary>
internal static class ValidationSectionReader
{
    /// <summary>The section's name in the settings file.</summary>
    public const string Section = "validation";

    private const string StrictKey = "strict";

    /// <summary>The section's settings (the defaults when it is absent or empty); each problem is added to <paramref name="errors"/>.</summary>
    public static ValidationSettings Read(YamlMappingNode root, string source, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(errors);
        var defaults = ValidationSettings.Default;
        if (!root.Children.TryGetValue(new YamlScalarNode(Section), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return defaults;
        }

        if (node is not YamlMappingNode section)
        {
            errors.Add(At(source, node, $"section '{Section}' must be a mapping of keys"));
            return defaults;
        }

        foreach (var key in section.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !string.Equals(name, StrictKey, StringComparison.Ordinal))
            {
                errors.Add(At(source, key, $"unknown key '{name}' in section '{Section}'; its keys are: {StrictKey}"));
            }
        }

        if (!section.Children.TryGetValue(new YamlScalarNode(StrictKey), out var value))
        {
            return defaults;
        }

        switch (value)
        {
            case YamlScalarNode { Value: "true" }:
                return new ValidationSettings(Strict: true);
            case YamlScalarNode { Value: "false" }:
                return new ValidationSettings(Strict: false);
            default:
                var text = value is YamlScalarNode scalar ? scalar.Value : null;
                errors.Add(At(source, value, $"'{StrictKey}' value '{text}' must be true or false"));
                return defaults;
        }
    }

    private static string At(string source, YamlNode node, string rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}({node.Start.Line},{node.Start.Column}): error: {rule}");
}
