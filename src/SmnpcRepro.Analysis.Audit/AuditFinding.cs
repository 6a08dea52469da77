namespace SmnpcRepro.Analysis.Audit;

/// <summary>One check of the paper's numbers against each other, with the arithmetic that decided it.</summary>
/// <param name="Rule">The rule's id (<see cref="AuditRuleCatalog"/>).</param>
/// <param name="Class">Error, likely error, ambiguity or consistent.</param>
/// <param name="Subject">What was checked, in a few words.</param>
/// <param name="Where">Every printed place the check read.</param>
/// <param name="Printed">The numbers as printed.</param>
/// <param name="Computation">The derivation, with numbers, that a reader can redo by hand.</param>
/// <param name="SuggestedEdit">The smallest edit of the printed numbers that would remove the finding, when one exists.</param>
/// <param name="Convention">The one convention of the paper that explains this finding, when the rule can name one: findings of the same rule, class and convention are reported once (<see cref="AuditConventions"/>).</param>
public sealed record AuditFinding(
    string Rule,
    FindingClass Class,
    string Subject,
    IReadOnlyList<PrintedLocation> Where,
    string Printed,
    string Computation,
    string? SuggestedEdit = null,
    AuditConvention? Convention = null);

/// <summary>A convention of the paper that one reading explains wherever it recurs.</summary>
/// <param name="Statement">The convention in a few words, the merged finding's subject ("Table 2's univariate column stars no p").</param>
/// <param name="Explanation">Why the places are one finding, the merged finding's computation.</param>
public sealed record AuditConvention(string Statement, string Explanation);
