using System.Globalization;
using SmnpcRepro.Analysis.Codings;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Cohort;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Analysis.Plan;

/// <summary>
/// Checks an <see cref="AnalysisPlan"/> against the data dictionary and compiles it: every problem at once
/// (<see cref="Check"/>), then the factors and Table 1 blocks with the defaults the dictionary gives (levels and
/// their labels, the first group as reference, binary for two groups and ordinal for more).
/// </summary>
public static class PlanCompiler
{
    /// <summary>Every problem of <paramref name="plan"/> against <paramref name="fields"/>; empty when it compiles.</summary>
    public static IReadOnlyList<PlanProblem> Check(AnalysisPlan plan, IReadOnlyList<FieldDescription> fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<PlanProblem>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Factors.Count; i++)
        {
            var f = plan.Factors[i];
            void Add(string member, string message) => problems.Add(new PlanProblem(i, member, message));
            if (!keys.TryAdd(f.Key, i))
            {
                Add("key", $"duplicate key '{f.Key}' (also entry {(keys[f.Key] + 1).ToString(CultureInfo.InvariantCulture)} of factors)");
            }

            var field = fields.FirstOrDefault(d => string.Equals(d.Name, f.Field, StringComparison.Ordinal));
            if (field is null)
            {
                Add("field", $"the data dictionary has no field '{f.Field}'{Suggestion(f.Field, fields)}");
                continue;
            }

            if (!FieldAccessor.IsUsable(field.Kind))
            {
                Add("field", $"field '{f.Field}' is {field.Kind.ToString().ToLowerInvariant()}; a factor needs a categorical, yes/no, integer or number field");
                continue;
            }

            if (FieldAccessor.IsMeasured(field.Kind))
            {
                if (f.Cut is null)
                {
                    Add("field", $"field '{f.Field}' is measured ({field.Kind.ToString().ToLowerInvariant()}); give a `cut` to split it in two groups");
                    continue;
                }

                if (f.Groups is not null)
                {
                    Add("groups", $"field '{f.Field}' is measured; groups of levels apply to categorical fields only (use `cut`)");
                }
            }
            else if (f.Cut is not null)
            {
                Add("cut", $"field '{f.Field}' is categorical (levels {LevelList(field)}); a cut-point applies to measured fields only");
                continue;
            }

            var groups = GroupLabels(f, field, Add);
            if (groups is null)
            {
                continue;
            }

            var coding = f.Coding ?? (groups.Count == 2 ? FactorCoding.Binary : FactorCoding.Ordinal);
            if (coding == FactorCoding.Binary && groups.Count != 2)
            {
                Add("coding", $"binary coding needs two groups; '{f.Key}' has {groups.Count.ToString(CultureInfo.InvariantCulture)} ({string.Join(", ", groups)})");
            }

            if (coding == FactorCoding.Categorical && f.Exposure is not null)
            {
                Add("exposure", $"categorical coding compares each group of '{f.Key}' with its reference; give `reference` (one of {string.Join(", ", groups)}), not `exposure`");
            }
            else if (f.Exposure is not null && ExposureIndex(f, groups) is null)
            {
                Add("exposure", $"'{f.Exposure}' is not a group of '{f.Key}' (groups: {string.Join(", ", groups)}{(f.Cut is null ? string.Empty : ", or lower/upper")})");
            }

            if (f.Reference is not null && coding != FactorCoding.Categorical)
            {
                Add("reference", $"`reference` applies to categorical coding; '{f.Key}' is {coding.ToString().ToLowerInvariant()} (give `exposure` for a binary factor, or `coding: categorical`)");
            }
            else if (f.Reference is not null && IndexOf(groups, f.Reference) < 0)
            {
                Add("reference", $"'{f.Reference}' is not a group of '{f.Key}' (groups: {string.Join(", ", groups)})");
            }

            if (f.Table1?.LevelLabels is { } labels && labels.Count != Table1LevelCount(f, field))
            {
                Add("table1", $"{labels.Count.ToString(CultureInfo.InvariantCulture)} level labels for {Table1LevelCount(f, field).ToString(CultureInfo.InvariantCulture)} levels");
            }

            if (f.Table1?.LevelKeys is { } levelKeys && levelKeys.Count != Table1LevelCount(f, field))
            {
                Add("table1", $"{levelKeys.Count.ToString(CultureInfo.InvariantCulture)} level keys for {Table1LevelCount(f, field).ToString(CultureInfo.InvariantCulture)} levels");
            }
        }

        foreach (var key in plan.FigureOrder.Where(k => !plan.Factors.Any(f => f.InTable2 && string.Equals(f.Key, k, StringComparison.Ordinal))))
        {
            problems.Add(new PlanProblem(-1, "figure_order", $"'{key}' is not a Table 2 factor of the plan"));
        }

        return problems;
    }

    /// <summary>Compiles <paramref name="plan"/> against <paramref name="fields"/>.</summary>
    /// <exception cref="PlanException">The plan does not fit the dictionary (every problem listed).</exception>
    public static CompiledPlan Compile(AnalysisPlan plan, IReadOnlyList<FieldDescription> fields)
    {
        var problems = Check(plan, fields);
        if (problems.Count > 0)
        {
            throw new PlanException(problems);
        }

        var factors = new List<PrognosticFactor>();
        var table1 = new List<Table1Definition>();
        foreach (var f in plan.Factors)
        {
            var field = fields.First(d => string.Equals(d.Name, f.Field, StringComparison.Ordinal));
            var value = FieldAccessor.For(field);
            if (f.InTable2)
            {
                factors.Add(Factor(f, field, value));
            }

            if (f.Table1 is { } t1)
            {
                table1.Add(Table1Block(f, t1, field, value));
            }
        }

        return new CompiledPlan(plan, factors, table1);
    }

    /// <summary>Compiles <paramref name="plan"/> against the cohort's own dictionary.</summary>
    public static CompiledPlan Compile(AnalysisPlan plan) => Compile(plan, CohortFields.All);

    private static PrognosticFactor Factor(FactorPlan f, FieldDescription field, Func<CohortRecord, double?> value)
    {
        var groups = GroupLabels(f, field, (_, _) => { })!;
        var coding = f.Coding ?? (groups.Count == 2 ? FactorCoding.Binary : FactorCoding.Ordinal);
        var exposure = coding == FactorCoding.Categorical ? -1 : ExposureIndex(f, groups) ?? (coding == FactorCoding.Binary ? 1 : groups.Count - 1);
        Func<CohortRecord, int?> classify;
        if (f.Cut is { } cut)
        {
            classify = p => value(p) is { } v ? cut.Classify(v) : null;
        }
        else
        {
            var groupOfCode = GroupOfCode(f, field);
            classify = p => value(p) is { } v && groupOfCode.TryGetValue((int)v, out var g) ? g : null;
        }

        var inText = f.InText ?? f.Label.ToLowerInvariant();
        return new PrognosticFactor(
            f.Key,
            f.Label,
            f.Comparison ?? string.Join(" vs ", groups),
            coding,
            groups,
            exposure,
            classify,
            f.Assumption)
        {
            InText = inText,
            FigureSubject = f.FigureSubject ?? inText,
            Abbreviations = f.Abbreviations,
            Field = field.Name,
            ReferenceGroup = coding == FactorCoding.Categorical ? Math.Max(0, IndexOf(groups, f.Reference ?? groups[0])) : coding == FactorCoding.Binary ? 1 - exposure : 0,
        };
    }

    private static Table1Definition Table1Block(FactorPlan f, Table1Plan t1, FieldDescription field, Func<CohortRecord, double?> value)
    {
        if (f.Cut is { } cut)
        {
            var n = cut.Threshold.ToString("0.##", CultureInfo.InvariantCulture);
            string[] keys = cut.Side == CutPointSide.LowerStrict ? ["lt" + n, "ge" + n] : ["le" + n, "gt" + n];
            // A unit that the levels carry (Ki67 "<30%") is not repeated in the header.
            var label = t1.Label ?? (cut.Suffix.Length > 0 ? field.Label : field.LabelWithUnit);
            return new Table1Definition(
                f.Key,
                t1.PaperKey ?? f.Key,
                label,
                t1.LevelKeys ?? keys,
                t1.LevelLabels ?? [cut.LowerLabel, cut.UpperLabel],
                p => value(p) is { } v ? cut.Classify(v) : null,
                value,
                t1.Mean,
                cut.Threshold);
        }

        var index = new Dictionary<int, int>();
        for (var i = 0; i < field.Levels.Count; i++)
        {
            index[field.Levels[i].Code] = i;
        }

        return new Table1Definition(
            f.Key,
            t1.PaperKey ?? f.Key,
            t1.Label ?? field.LabelWithUnit,
            t1.LevelKeys ?? field.Levels.Select(l => l.Label.ToLowerInvariant()).ToArray(),
            t1.LevelLabels ?? field.Levels.Select(l => l.Label).ToArray(),
            p => value(p) is { } v && index.TryGetValue((int)v, out var i) ? i : null,
            null,
            t1.Mean,
            null);
    }

    /// <summary>The factor's group labels, or null (after reporting) when its groups do not fit the field.</summary>
    private static List<string>? GroupLabels(FactorPlan f, FieldDescription field, Action<string, string> add)
    {
        if (f.Cut is { } cut)
        {
            return [cut.LowerLabel, cut.UpperLabel];
        }

        if (f.Groups is null)
        {
            return field.Levels.Select(l => l.Label).ToList();
        }

        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in f.Groups.SelectMany(g => g.Levels))
        {
            if (!field.Levels.Any(l => string.Equals(l.Label, level, StringComparison.Ordinal)))
            {
                add("groups", $"'{level}' is not a level of field '{field.Name}' (levels {LevelList(field)})");
                ok = false;
            }
            else if (!seen.Add(level))
            {
                add("groups", $"level '{level}' is in two groups");
                ok = false;
            }
        }

        foreach (var missing in field.Levels.Where(l => !seen.Contains(l.Label)))
        {
            if (ok)
            {
                add("groups", $"level '{missing.Label}' of field '{field.Name}' is in no group");
            }

            ok = false;
        }

        return ok ? f.Groups.Select(g => g.Label).ToList() : null;
    }

    private static Dictionary<int, int> GroupOfCode(FactorPlan f, FieldDescription field)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < field.Levels.Count; i++)
        {
            var level = field.Levels[i];
            map[level.Code] = f.Groups is null
                ? i
                : f.Groups.Select((g, index) => (g, index)).First(x => x.g.Levels.Contains(level.Label, StringComparer.Ordinal)).index;
        }

        return map;
    }

    private static int IndexOf(IReadOnlyList<string> groups, string label)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (string.Equals(groups[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static int? ExposureIndex(FactorPlan f, IReadOnlyList<string> groups)
    {
        if (f.Exposure is null)
        {
            return null;
        }

        if (f.Cut is not null && f.Exposure is "lower" or "upper")
        {
            return f.Exposure == "lower" ? 0 : 1;
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (string.Equals(groups[i], f.Exposure, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static int Table1LevelCount(FactorPlan f, FieldDescription field) => f.Cut is null ? field.Levels.Count : 2;

    private static string LevelList(FieldDescription field) => string.Join(", ", field.Levels.Select(l => l.Label));

    private static string Suggestion(string name, IReadOnlyList<FieldDescription> fields)
    {
        var best = fields.Select(d => (d.Name, Distance: EditDistance(name, d.Name))).OrderBy(x => x.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? $" (did you mean '{best.Name}'?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
