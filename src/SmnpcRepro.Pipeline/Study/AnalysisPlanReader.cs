using System.Globalization;
using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Cohort.Runtime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// Reads the analysis plan of <c>data/study.yaml</c> (the <c>factors:</c> list and <c>analysis.figure_order</c>) and
/// checks it against the data dictionary before anything is computed: every problem — an unknown key or field, a
/// cut-point on a categorical field, a level the field does not have, a duplicate key, an exposure that is not a
/// group — as <c>file(line,col): error: …</c> at the plan's own line, all at once.
/// </summary>
internal sealed class AnalysisPlanReader(string source, List<string> errors)
{
    /// <summary>The keys a factor entry may have.</summary>
    public static readonly string[] EntryKeys =
    [
        "key", "field", "label", "cut", "cut_includes", "cut_suffix", "groups", "coding", "exposure", "reference", "comparison",
        "in_text", "figure", "abbreviations", "assumption", "table1", "table2",
    ];

    private static readonly string[] Table1Keys = ["label", "levels", "level_keys", "paper_key", "mean"];

    private readonly Dictionary<(int Index, string Member), Mark> _marks = [];

    /// <summary>
    /// The compiled plan from <paramref name="factors"/> (null: the paper's own plan) and <paramref name="figureOrder"/>,
    /// checked against <paramref name="fields"/>; null after recording errors.
    /// </summary>
    public CompiledPlan? Read(YamlNode? factors, YamlNode? figureOrder, IReadOnlyList<FieldDescription> fields)
    {
        if (factors is null && figureOrder is null)
        {
            return PaperPlan.Compiled;
        }

        var before = errors.Count;
        var order = figureOrder is null ? PaperPlan.Declared.FigureOrder : Strings(figureOrder, "figure_order") ?? [];
        if (figureOrder is not null)
        {
            _marks[(-1, "figure_order")] = figureOrder.Start;
        }

        AnalysisPlan plan;
        if (factors is null)
        {
            plan = PaperPlan.Declared with { FigureOrder = order };
        }
        else if (factors is not YamlSequenceNode list)
        {
            errors.Add(At(factors.Start, "'factors' must be a list of entries, each a mapping with at least key, field and label"));
            return null;
        }
        else
        {
            var entries = new List<FactorPlan>();
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (Entry(list.Children[i], i) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            if (errors.Count > before)
            {
                return null;
            }

            plan = new AnalysisPlan(entries, order);
        }

        foreach (var problem in PlanCompiler.Check(plan, fields))
        {
            var mark = _marks.TryGetValue((problem.FactorIndex, problem.Member), out var m) ? m
                : _marks.TryGetValue((problem.FactorIndex, "key"), out var k) ? k
                : factors?.Start ?? Mark.Empty;
            errors.Add(At(mark, problem.Message));
        }

        return errors.Count > before ? null : PlanCompiler.Compile(plan, fields);
    }

    private FactorPlan? Entry(YamlNode node, int index)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(At(node.Start, "a factor entry must be a mapping with at least key, field and label"));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!EntryKeys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(At(keyNode.Start, $"unknown key '{name}' in a factor entry; its keys are: {string.Join(", ", EntryKeys)}"));
                continue;
            }

            values[name] = value;
            _marks[(index, name)] = value.Start;
        }

        _marks.TryAdd((index, "key"), node.Start);
        var key = Required(values, "key", node);
        var field = Required(values, "field", node);
        var label = Required(values, "label", node);
        if (key is null || field is null || label is null)
        {
            return null;
        }

        var entry = new FactorPlan(key, field, label)
        {
            Cut = Cut(values),
            Groups = values.TryGetValue("groups", out var groups) ? Groups(groups) : null,
            Coding = values.TryGetValue("coding", out var coding) ? Coding(coding) : null,
            Exposure = Optional(values, "exposure"),
            Reference = Optional(values, "reference"),
            Comparison = Optional(values, "comparison"),
            InText = Optional(values, "in_text"),
            FigureSubject = Optional(values, "figure"),
            Abbreviations = values.TryGetValue("abbreviations", out var abbreviations) ? Abbreviations(abbreviations) : [],
            Assumption = Optional(values, "assumption") ?? string.Empty,
            Table1 = values.TryGetValue("table1", out var table1) ? Table1(table1) : new Table1Plan(),
            InTable2 = !values.TryGetValue("table2", out var table2) || Boolean(table2, "table2"),
        };
        return entry;
    }

    private CutPoint? Cut(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("cut", out var node))
        {
            foreach (var orphan in new[] { "cut_includes", "cut_suffix" }.Where(values.ContainsKey))
            {
                errors.Add(At(values[orphan].Start, $"'{orphan}' without a 'cut'"));
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
        {
            errors.Add(At(node.Start, "'cut' must be a number (the cut-point, with a decimal point if any)"));
            return null;
        }

        var side = CutPointSide.LowerStrict;
        if (values.TryGetValue("cut_includes", out var includes))
        {
            switch ((includes as YamlScalarNode)?.Value)
            {
                case "upper":
                    break;
                case "lower":
                    side = CutPointSide.LowerInclusive;
                    break;
                default:
                    errors.Add(At(includes.Start, "'cut_includes' must be 'upper' (<c vs ≥c, the default) or 'lower' (≤c vs >c)"));
                    break;
            }
        }

        return new CutPoint(threshold, side, Optional(values, "cut_suffix") ?? string.Empty);
    }

    private List<LevelGroup>? Groups(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(At(node.Start, "'groups' must be a mapping of group label to its list of levels"));
            return null;
        }

        var groups = new List<LevelGroup>();
        foreach (var (label, levels) in map.Children)
        {
            if (Strings(levels, "groups") is { } list)
            {
                groups.Add(new LevelGroup((label as YamlScalarNode)?.Value ?? string.Empty, list));
            }
        }

        return groups;
    }

    private FactorCoding? Coding(YamlNode node)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "binary":
                return FactorCoding.Binary;
            case "ordinal":
                return FactorCoding.Ordinal;
            case "categorical":
                return FactorCoding.Categorical;
            default:
                errors.Add(At(node.Start, "'coding' must be 'binary', 'ordinal' or 'categorical'"));
                return null;
        }
    }

    private List<Abbreviation> Abbreviations(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(At(node.Start, "'abbreviations' must be a mapping of abbreviation to meaning"));
            return [];
        }

        return map.Children
            .Select(c => new Abbreviation((c.Key as YamlScalarNode)?.Value ?? string.Empty, (c.Value as YamlScalarNode)?.Value ?? string.Empty))
            .ToList();
    }

    private Table1Plan? Table1(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return Boolean(scalar, "table1") ? new Table1Plan() : null;
        }

        if (node is not YamlMappingNode map)
        {
            errors.Add(At(node.Start, "'table1' must be true, false or a mapping (label, levels, level_keys, paper_key, mean)"));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Table1Keys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(At(keyNode.Start, $"unknown key '{name}' in 'table1'; its keys are: {string.Join(", ", Table1Keys)}"));
                continue;
            }

            values[name] = value;
        }

        return new Table1Plan
        {
            Label = Optional(values, "label"),
            LevelLabels = values.TryGetValue("levels", out var levels) ? Strings(levels, "levels") : null,
            LevelKeys = values.TryGetValue("level_keys", out var keys) ? Strings(keys, "level_keys") : null,
            PaperKey = Optional(values, "paper_key"),
            Mean = values.TryGetValue("mean", out var mean) && Boolean(mean, "mean"),
        };
    }

    private string? Required(Dictionary<string, YamlNode> values, string key, YamlNode entry)
    {
        if (!values.ContainsKey(key))
        {
            errors.Add(At(entry.Start, $"a factor entry needs '{key}'"));
            return null;
        }

        return Optional(values, key);
    }

    private string? Optional(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        errors.Add(At(node.Start, $"'{key}' must be a single, non-empty value"));
        return null;
    }

    private List<string>? Strings(YamlNode node, string key)
    {
        if (node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode { Value: { Length: > 0 } }))
        {
            return list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        }

        errors.Add(At(node.Start, $"'{key}' must be a list of values ([a, b, c])"));
        return null;
    }

    private bool Boolean(YamlNode node, string key)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(At(node.Start, $"'{key}' must be true or false"));
                return false;
        }
    }

    private string At(Mark mark, string rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}({mark.Line},{mark.Column}): error: {rule}");
}
