namespace SmnpcRepro.Analysis.Audit;

/// <summary>All findings of an audit, sorted by class, then rule, then the order the paper prints them.</summary>
/// <param name="Findings">The findings.</param>
public sealed record AuditResult(IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Merges each repeated convention into one finding (<see cref="AuditConventions"/>) and sorts into the report's order (stable within a rule).</summary>
    public static AuditResult Of(IEnumerable<AuditFinding> findings) =>
        new(AuditConventions.Merge(findings).OrderBy(f => f.Class).ThenBy(f => AuditRuleCatalog.Order(f.Rule)).ToList());

    /// <summary>How many findings of a class.</summary>
    public int Count(FindingClass @class) => Findings.Count(f => f.Class == @class);

    /// <summary>Whether the paper has at least one certain error.</summary>
    public bool HasCertainErrors => Count(FindingClass.CertainError) > 0;
}
