namespace SmnpcRepro.Analysis.Audit;

/// <summary>
/// A convention that repeats is one finding: findings of the same rule and class that name the same
/// <see cref="AuditConvention"/> are merged into one that lists every place, in the order the paper prints
/// them, with each place's print. A convention found in one place only stays as it was.
/// </summary>
public static class AuditConventions
{
    /// <summary>The findings with every repeated convention merged into its first place.</summary>
    public static IReadOnlyList<AuditFinding> Merge(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var all = findings.ToList();
        var groups = all.Where(f => f.Convention is not null)
            .GroupBy(f => (f.Rule, f.Class, f.Convention!))
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.First(), g => g.ToList());
        var merged = new List<AuditFinding>();
        foreach (var f in all)
        {
            if (groups.TryGetValue(f, out var group))
            {
                merged.Add(Merged(group));
            }
            else if (f.Convention is null || !groups.Values.Any(g => g.Contains(f)))
            {
                merged.Add(f);
            }
        }

        return merged;
    }

    private static AuditFinding Merged(IReadOnlyList<AuditFinding> group)
    {
        var convention = group[0].Convention!;
        var where = group.SelectMany(f => f.Where).Distinct().ToList();
        var edits = group.Where(f => f.SuggestedEdit is not null).Select(f => $"{f.Subject}: {f.SuggestedEdit}").ToList();
        return new AuditFinding(
            group[0].Rule,
            group[0].Class,
            $"{convention.Statement} ({group.Count} places)",
            where,
            string.Join("; ", group.Select(f => $"{f.Subject}: {f.Printed}")),
            convention.Explanation,
            edits.Count == 0 ? null : string.Join(" ", edits),
            convention);
    }
}
