using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A factor screened for the multivariable model.</summary>
/// <param name="Name">The factor.</param>
/// <param name="Where">Where its screening p and its model entry are printed.</param>
/// <param name="ScreeningP">Its printed univariate p.</param>
/// <param name="Entered">Whether the paper says (or implies) it entered the model.</param>
/// <param name="AdjustedEstimatePrinted">Whether the paper prints its adjusted estimate; null when this check should not ask (the factor is checked elsewhere).</param>
public sealed record CandidateFactor(string Name, IReadOnlyList<PrintedLocation> Where, PrintedNumber ScreeningP, bool Entered, bool? AdjustedEstimatePrinted);

/// <summary>
/// A stated entry rule ("factors with P ≤0.10 in univariate analysis were entered into the Cox model")
/// against which factors entered: a factor whose printed p meets the rule must enter and one that does not
/// must stay out (certain errors otherwise); a p whose rounding straddles the threshold cannot decide
/// (ambiguity); and an entered factor whose adjusted estimate is not printed leaves the reader unable to
/// tell whether it was dropped by an undescribed step (ambiguity).
/// </summary>
public static class ModelEntryRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "model-entry";

    /// <summary>Checks each factor against <paramref name="threshold"/> (<c>≤0.10</c>; <c>&lt;</c> means strict).</summary>
    public static IReadOnlyList<AuditFinding> Check(PrintedNumber threshold, IReadOnlyList<CandidateFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(factors);
        var strict = threshold.Relation == PrintedRelation.Less;
        var region = new Interval(0, (double)threshold.Value, HighOpen: strict);
        var rule = $"{(strict ? "p <" : "p ≤")} {threshold.Text.TrimStart('<', '≤', '=', ' ')}";
        return factors.Select(f => One(f, region, rule)).ToList();
    }

    private static AuditFinding One(CandidateFactor f, Interval region, string rule)
    {
        var printed = $"univariate p {f.ScreeningP.Text}; {(f.Entered ? "entered" : "not entered")}"
            + (f.AdjustedEstimatePrinted is { } shown ? $"; adjusted estimate {(shown ? "printed" : "not printed")}" : string.Empty);
        var range = f.ScreeningP.Range;
        var meets = range.IsWithin(region);
        var fails = !range.Overlaps(region);
        if (!meets && !fails)
        {
            return new AuditFinding(Id, FindingClass.Ambiguity, f.Name, f.Where, printed, $"p {f.ScreeningP.Text} straddles the entry rule {rule} after rounding.");
        }

        var verdict = meets ? $"p {f.ScreeningP.Text} meets the entry rule {rule}" : $"p {f.ScreeningP.Text} does not meet the entry rule {rule}";
        if (meets != f.Entered)
        {
            return new AuditFinding(Id, FindingClass.CertainError, f.Name, f.Where, printed,
                $"{verdict}, yet it {(f.Entered ? "entered" : "did not enter")} the model.");
        }

        if (f.Entered && f.AdjustedEstimatePrinted == false)
        {
            return new AuditFinding(Id, FindingClass.Ambiguity, f.Name, f.Where, printed,
                $"{verdict} and entered the model, but its adjusted estimate is not printed: dropped by a selection step the methods do not describe, or not reported.",
                Convention: new AuditConvention(
                    "Factors that entered the multivariable model with no adjusted estimate printed",
                    $"Each of these factors meets the entry rule {rule} and entered the model, but none has its adjusted estimate printed: one reporting convention (only some factors of the model printed), or a selection step the methods do not describe. The paper should say which."));
        }

        return new AuditFinding(Id, FindingClass.Consistent, f.Name, f.Where, printed, $"{verdict}; {(f.Entered ? "entered" : "not entered")}.");
    }
}
