namespace SmnpcRepro.Cohort.Runtime;

/// <summary>Counts REDCap's soft checks (out of range, required but empty) per field and rule, with the first line of each.</summary>
internal sealed class SoftChecks(int fields)
{
    private readonly Dictionary<string, (int Count, int FirstLine)>[] _byField = new Dictionary<string, (int, int)>[fields];

    public void Add(int field, string rule, int line)
    {
        var rules = _byField[field] ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        rules[rule] = rules.TryGetValue(rule, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
    }

    /// <summary>Every warning, in field order, then by first line.</summary>
    public IReadOnlyList<FieldWarning> Report(IReadOnlyList<FieldDescription> descriptions)
    {
        var list = new List<FieldWarning>();
        for (var f = 0; f < _byField.Length; f++)
        {
            if (_byField[f] is { } rules)
            {
                list.AddRange(rules.Select(r => new FieldWarning(descriptions[f].Name, r.Key, r.Value.Count, r.Value.FirstLine)).OrderBy(w => w.FirstLine));
            }
        }

        return list;
    }
}
