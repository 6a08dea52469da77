using System.Globalization;
using SmnpcRepro.Analysis.Profiles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// Reads <c>data/study.yaml</c> into <see cref="StudySettings"/>. Every section is optional (a missing value
/// takes <see cref="StudySettings.Default"/>'s); every error — an unknown section or key, a profile or
/// provenance that does not exist, a number out of range — is reported with the file, line and column, all
/// of them at once.
/// </summary>
public static class StudySettingsReader
{
    private static readonly string[] Sections = ["data", "analysis", "factors", "robustness", "figures", ValidationSectionReader.Section];

    /// <summary>Reads the settings file at <paramref name="path"/>; a missing file gives the defaults.</summary>
    /// <exception cref="StudySettingsException">The file is not valid.</exception>
    public static StudySettings Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : StudySettings.Default;
    }

    /// <summary>Parses settings text, checking the analysis plan against the cohort's own data dictionary.</summary>
    /// <exception cref="StudySettingsException">The text is not valid.</exception>
    public static StudySettings Parse(string yaml, string source) => Parse(yaml, source, SmnpcRepro.Cohort.CohortFields.All);

    /// <summary>Parses settings text; <paramref name="source"/> names the file in errors; the plan is checked against <paramref name="fields"/>.</summary>
    /// <exception cref="StudySettingsException">The text is not valid.</exception>
    public static StudySettings Parse(string yaml, string source, IReadOnlyList<SmnpcRepro.Cohort.Runtime.FieldDescription> fields)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new StudySettingsException(At(source, e.Start, $"not valid YAML: {e.Message}"), e);
        }

        if (stream.Documents.Count == 0)
        {
            return StudySettings.Default;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new StudySettingsException(At(source, stream.Documents[0].RootNode.Start, "expected a mapping of sections (data, analysis, robustness, figures)"));
        }

        var errors = new List<string>();
        var reader = new Reader(source, errors);
        var defaults = StudySettings.Default;
        var data = reader.Section(root, "data", ["provenance"]);
        var analysis = reader.Section(root, "analysis", ["profile", "entry_threshold", "significance_level", "figure_order"]);
        var robustness = reader.Section(root, "robustness", ["bootstrap_resamples", "bootstrap_seed", "permutation_resamples", "permutation_seed"]);
        var figures = FigureSettingsReader.Read(reader.Section(root, "figures", [.. FigureSettingsReader.Keys]), source, errors);
        foreach (var key in root.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !Sections.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(At(source, key.Start, $"unknown section '{name}'; the sections are: {string.Join(", ", Sections)}"));
            }
        }

        var profile = reader.Choice(analysis, "profile", defaults.Profile, ConventionsProfile.All.ToDictionary(p => p.Name, p => p, StringComparer.Ordinal));
        var provenance = reader.Choice(data, "provenance", defaults.Provenance, new Dictionary<string, DataProvenance>(StringComparer.Ordinal)
        {
            ["synthetic"] = DataProvenance.Synthetic,
            ["real"] = DataProvenance.Real,
        });
        profile = profile with
        {
            EntryThreshold = reader.Probability(analysis, "entry_threshold", profile.EntryThreshold),
            SignificanceLevel = reader.Probability(analysis, "significance_level", profile.SignificanceLevel),
        };
        root.Children.TryGetValue(new YamlScalarNode("factors"), out var factors);
        YamlNode? figureOrder = null;
        analysis?.Children.TryGetValue(new YamlScalarNode("figure_order"), out figureOrder);
        var plan = new AnalysisPlanReader(source, errors).Read(factors, figureOrder, fields);
        var settings = new StudySettings(
            profile,
            provenance,
            (int)reader.Integer(robustness, "bootstrap_resamples", defaults.BootstrapResamples, 1, int.MaxValue),
            reader.Seed(robustness, "bootstrap_seed", defaults.BootstrapSeed),
            (int)reader.Integer(robustness, "permutation_resamples", defaults.PermutationResamples, 1, int.MaxValue),
            reader.Seed(robustness, "permutation_seed", defaults.PermutationSeed))
        {
            Plan = plan ?? defaults.Plan,
            Validation = ValidationSectionReader.Read(root, source, errors),
            Figures = figures,
        };
        return errors.Count == 0 ? settings : throw new StudySettingsException(errors);
    }

    private static string At(string source, Mark mark, string rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}({mark.Line},{mark.Column}): error: {rule}");

    /// <summary>Walks the mapping and collects errors instead of stopping at the first.</summary>
    private sealed class Reader(string source, List<string> errors)
    {
        public YamlMappingNode? Section(YamlMappingNode root, string name, string[] keys)
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(name), out var node) || node is YamlScalarNode { Value: null or "" })
            {
                return null;
            }

            if (node is not YamlMappingNode mapping)
            {
                errors.Add(At(source, node.Start, $"section '{name}' must be a mapping of keys"));
                return null;
            }

            foreach (var key in mapping.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } k } && !keys.Contains(k, StringComparer.Ordinal))
                {
                    var known = keys.Length == 0 ? "it has no keys yet" : $"its keys are: {string.Join(", ", keys)}";
                    errors.Add(At(source, key.Start, $"unknown key '{k}' in section '{name}'; {known}"));
                }
            }

            return mapping;
        }

        public T Choice<T>(YamlMappingNode? section, string key, T fallback, IReadOnlyDictionary<string, T> choices)
        {
            if (Scalar(section, key) is not { } node)
            {
                return fallback;
            }

            if (node.Value is { } value && choices.TryGetValue(value, out var chosen))
            {
                return chosen;
            }

            errors.Add(At(source, node.Start, $"'{key}' value '{node.Value}' is not one of: {string.Join(", ", choices.Keys)}"));
            return fallback;
        }

        public long Integer(YamlMappingNode? section, string key, long fallback, long min, long max)
        {
            if (Scalar(section, key) is not { } node)
            {
                return fallback;
            }

            if (long.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            errors.Add(At(source, node.Start, string.Create(CultureInfo.InvariantCulture, $"'{key}' value '{node.Value}' must be a whole number from {min} to {max}")));
            return fallback;
        }

        public double Probability(YamlMappingNode? section, string key, double fallback)
        {
            if (Scalar(section, key) is not { } node)
            {
                return fallback;
            }

            if (double.TryParse(node.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1)
            {
                return value;
            }

            errors.Add(At(source, node.Start, $"'{key}' value '{node.Value}' must be a number between 0 and 1 (exclusive), with a decimal point"));
            return fallback;
        }

        public ulong Seed(YamlMappingNode? section, string key, ulong fallback)
        {
            if (Scalar(section, key) is not { } node)
            {
                return fallback;
            }

            if (ulong.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(At(source, node.Start, $"'{key}' value '{node.Value}' must be a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}"));
            return fallback;
        }

        private YamlScalarNode? Scalar(YamlMappingNode? section, string key)
        {
            if (section is null || !section.Children.TryGetValue(new YamlScalarNode(key), out var node))
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
    }
}
