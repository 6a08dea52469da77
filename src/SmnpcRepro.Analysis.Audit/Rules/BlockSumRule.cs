using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A part of a whole: a level of a table block, or a group in the text.</summary>
/// <param name="Label">The part's name.</param>
/// <param name="Count">Its printed count.</param>
public sealed record CountPart(string Label, int Count);

/// <summary>A part's printed percentage.</summary>
/// <param name="Label">The part's name.</param>
/// <param name="Percent">Its printed percentage.</param>
public sealed record PercentPart(string Label, PrintedNumber Percent);

/// <summary>
/// Parts must add up to their whole: the counts of a block's levels to the stated total (exactly), and
/// their printed percentages to 100 within the rounding of each print (k parts printed to d decimals may
/// miss 100 by at most k·½·10⁻ᵈ).
/// </summary>
public static class BlockSumRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "block-sum";

    /// <summary>Counts: Σ parts = whole.</summary>
    public static AuditFinding Counts(string subject, IReadOnlyList<PrintedLocation> where, IReadOnlyList<CountPart> parts, int whole)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = parts.Sum(p => p.Count);
        var printed = $"{string.Join(" + ", parts.Select(p => $"{p.Label} {Show.Whole(p.Count)}"))}; whole {Show.Whole(whole)}";
        var shown = $"{string.Join(" + ", parts.Select(p => Show.Whole(p.Count)))} = {Show.Whole(sum)}";
        return sum == whole
            ? new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{shown} = {Show.Whole(whole)}.")
            : new AuditFinding(Id, FindingClass.CertainError, subject, where, printed,
                $"{shown}, not {Show.Whole(whole)} (off by {Show.Whole(sum - whole)}).");
    }

    /// <summary>Percentages: Σ parts = 100 within rounding.</summary>
    public static AuditFinding Percents(string subject, IReadOnlyList<PrintedLocation> where, IReadOnlyList<PercentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = parts.Sum(p => p.Percent.Value);
        var slack = parts.Sum(p => p.Percent.HalfUnit);
        var decimals = parts.Max(p => p.Percent.Decimals);
        var printed = string.Join(" + ", parts.Select(p => $"{p.Label} {p.Percent.Text}%"));
        var shown = $"{string.Join(" + ", parts.Select(p => p.Percent.Text))} = {Show.Fixed(sum, decimals)}";
        return Math.Abs(sum - 100m) <= slack
            ? new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{shown}; 100 within the rounding of the prints (±{Show.Fixed(slack, decimals + 1)}).")
            : new AuditFinding(Id, FindingClass.CertainError, subject, where, printed,
                $"{shown}; rounding of {Show.Whole(parts.Count)} prints explains at most ±{Show.Fixed(slack, decimals + 1)} from 100.");
    }
}
