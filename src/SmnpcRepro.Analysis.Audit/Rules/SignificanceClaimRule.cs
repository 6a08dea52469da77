using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>What a sentence or a mark says about a p-value.</summary>
public enum SignificanceClaim
{
    /// <summary>Called (statistically) significant, or marked with the significance star.</summary>
    Significant,

    /// <summary>Called not significant (insignificant, no prognostic value), or left unmarked where a star would mark significance.</summary>
    NotSignificant,
}

/// <summary>How the claim is made.</summary>
public enum ClaimStrength
{
    /// <summary>In words: a contradiction is a certain error.</summary>
    Stated,

    /// <summary>By the presence or absence of a mark (a star): a contradiction may be a marking convention, so an ambiguity.</summary>
    Marker,
}

/// <summary>
/// A p-value described as significant or not, against the paper's own threshold (e.g. "P values ≤0.05 were
/// considered statistically significant"). The p's print (its rounding interval, or the bound it states)
/// is compared with the significance region [0, α] (or [0, α) for a strict threshold): wholly inside,
/// wholly outside, or straddling it (then only an ambiguity).
/// </summary>
public static class SignificanceClaimRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "significance-claim";

    /// <summary>Checks one claim about one printed p against <paramref name="threshold"/> (<c>≤0.05</c>, <c>&lt;0.05</c>; a plain number means ≤).</summary>
    /// <param name="subject">What is checked, in words.</param>
    /// <param name="where">Where the p and its claim are printed.</param>
    /// <param name="p">The printed p.</param>
    /// <param name="claim">What the paper says of it.</param>
    /// <param name="strength">In words or by a mark.</param>
    /// <param name="threshold">The paper's significance threshold.</param>
    /// <param name="markedIn">For a mark, where the marking convention holds ("Table 2's univariate column"): a contradiction there is one convention, merged over its places.</param>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, PrintedNumber p, SignificanceClaim claim, ClaimStrength strength, PrintedNumber threshold, string? markedIn = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(threshold);
        var strict = threshold.Relation == PrintedRelation.Less;
        var alpha = (double)threshold.Value;
        var significant = new Interval(0, alpha, HighOpen: strict);
        var range = p.Range.Intersect(new Interval(0, 1)) ?? throw new ArgumentException($"'{p.Text}' is not a probability.", nameof(p));
        var said = claim == SignificanceClaim.Significant ? "significant" : "not significant";
        var how = strength == ClaimStrength.Stated ? "called" : "marked";
        var rule = $"{(strict ? "p <" : "p ≤")} {threshold.Text.TrimStart('<', '≤', '=', ' ')}";
        var printed = $"p {p.Text}, {how} {said}";
        bool? isSignificant = range.IsWithin(significant) ? true : !range.Overlaps(significant) ? false : null;
        if (isSignificant is null)
        {
            return new AuditFinding(Id, FindingClass.Ambiguity, subject, where, printed,
                $"p {p.Text} stands for {Show.Significant(range.Low, 3)} to {Show.Significant(range.High, 3)}, which straddles the threshold {rule}: the print cannot say.");
        }

        var verdict = isSignificant.Value ? $"p {p.Text} meets {rule}" : $"p {p.Text} does not meet {rule}";
        if (isSignificant.Value == (claim == SignificanceClaim.Significant))
        {
            return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{verdict}; {how} {said}.");
        }

        var @class = strength == ClaimStrength.Stated ? FindingClass.CertainError : FindingClass.Ambiguity;
        var text = strength == ClaimStrength.Stated
            ? $"{verdict}, the paper's own definition of significance, yet it is called {said}."
            : $"{verdict}, yet it is marked {said}: the marking does not follow the stated threshold (perhaps a convention of this column).";
        var convention = strength == ClaimStrength.Marker && markedIn is not null
            ? new AuditConvention(
                $"{markedIn}: p's that {(isSignificant.Value ? "meet" : "do not meet")} {rule} {(isSignificant.Value ? "left without" : "given")} the significance mark",
                $"Each of these p's {(isSignificant.Value ? "meets" : "does not meet")} {rule}, yet each is marked {said}: one marking convention of the column, not a slip at each place. The paper should say which p's its mark is meant for.")
            : null;
        return new AuditFinding(Id, @class, subject, where, printed, text, Convention: convention);
    }
}
