using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A sentence saying which level of a factor survives longer, and the table's hazard ratio for that factor.</summary>
/// <param name="Subject">The factor.</param>
/// <param name="Where">The table cell and the sentence.</param>
/// <param name="HazardRatio">The table's hazard ratio.</param>
/// <param name="Levels">The levels in the order the table's comparison lists them (<c>&lt;80 vs ≥80</c> → <c>&lt;80</c>, <c>≥80</c>).</param>
/// <param name="BetterLevel">Index in <paramref name="Levels"/> of the level the text says survives longer: the first or the last.</param>
public sealed record DirectionClaim(string Subject, IReadOnlyList<PrintedLocation> Where, PrintedNumber HazardRatio, IReadOnlyList<string> Levels, int BetterLevel);

/// <summary>
/// Directions stated in the text against the hazard ratios of a table. A table that prints "A vs B" with
/// one HR does not say which level is the reference, so the rule tries both readings for all rows of the
/// same coding at once: "per step along the listing" (HR &gt; 1: the first listed level has the lowest
/// hazard) and "first against the next" (HR &gt; 1: the first listed level has the highest). If one reading
/// fits every statement, all are consistent; if none does, the statements and the table cannot all be
/// right unless the rows use different references, which the table does not say: a likely error.
/// A hazard ratio that rounds to 1 gives no direction (an ambiguity).
/// </summary>
public static class EffectDirectionRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "effect-direction";

    /// <summary>Checks statements about rows printed with the same coding.</summary>
    public static IReadOnlyList<AuditFinding> Check(IReadOnlyList<DirectionClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (var claim in claims)
        {
            if (claim.Levels.Count < 2 || (claim.BetterLevel != 0 && claim.BetterLevel != claim.Levels.Count - 1))
            {
                throw new ArgumentException($"{claim.Subject}: the better level must be the first or the last of at least two.", nameof(claims));
            }
        }

        var findings = new List<AuditFinding>();
        var directed = new List<DirectionClaim>();
        foreach (var claim in claims)
        {
            if (claim.HazardRatio.Range.Contains(1))
            {
                findings.Add(new AuditFinding(Id, FindingClass.Ambiguity, claim.Subject, claim.Where, Printed(claim),
                    $"HR {claim.HazardRatio.Text} rounds to 1: the table gives no direction to compare with the text."));
            }
            else
            {
                directed.Add(claim);
            }
        }

        if (directed.Count == 0)
        {
            return findings;
        }

        var alongFits = directed.Where(c => BestUnderAlong(c) == c.BetterLevel).ToList();
        var againstFits = directed.Where(c => BestUnderAlong(c) != c.BetterLevel).ToList();
        if (alongFits.Count == directed.Count || againstFits.Count == directed.Count)
        {
            var reading = alongFits.Count == directed.Count ? Along : Against;
            findings.AddRange(directed.Select(c => new AuditFinding(Id, FindingClass.Consistent, c.Subject, c.Where, Printed(c),
                $"Read {reading}, HR {c.HazardRatio.Text} makes {c.Levels[c.BetterLevel]} the level with the lowest hazard, as the text says"
                + (directed.Count > 1 ? $"; the same reading fits all {Show.Whole(directed.Count)} statements." : "."))));
            return findings;
        }

        var where = directed.SelectMany(c => c.Where).Distinct().ToArray();
        var text = $"Read {Along}: {Agree(alongFits, againstFits)}. "
            + $"Read {Against}: {Agree(againstFits, alongFits)}. "
            + "No single reading of the table's comparisons fits every statement, unless rows use different reference levels, which the table does not say.";
        findings.Add(new AuditFinding(Id, FindingClass.LikelyError, string.Join(" vs ", directed.Select(c => c.Subject)), where,
            string.Join("; ", directed.Select(Printed)), text));
        return findings;
    }

    private const string Along = "as per step along the listed levels (HR > 1: hazard rises from the first listed level to the last)";
    private const string Against = "as the first listed level against the next (HR > 1: the first listed level has the highest hazard)";

    /// <summary>The level with the lowest hazard under the "per step along the listing" reading.</summary>
    private static int BestUnderAlong(DirectionClaim c) => c.HazardRatio.Value > 1 ? 0 : c.Levels.Count - 1;

    private static string Agree(IReadOnlyList<DirectionClaim> agree, IReadOnlyList<DirectionClaim> disagree) =>
        $"{Names(agree)} {(agree.Count == 1 ? "agrees" : "agree")}, {Names(disagree)} {(disagree.Count == 1 ? "does" : "do")} not";

    private static string Names(IEnumerable<DirectionClaim> claims) =>
        claims.Any() ? string.Join(", ", claims.Select(c => c.Subject)) : "none";

    private static string Printed(DirectionClaim c) =>
        $"{string.Join(" vs ", c.Levels)}: HR {c.HazardRatio.Text}; text: {c.Levels[c.BetterLevel]} survives longer";
}
