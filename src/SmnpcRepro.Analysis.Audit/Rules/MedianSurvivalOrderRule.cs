using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A group's printed median survival.</summary>
/// <param name="Label">The group.</param>
/// <param name="Median">Its printed median.</param>
public sealed record GroupMedian(string Label, PrintedNumber Median);

/// <summary>
/// A group said to survive longer should not have the shorter printed median: each other group's median
/// must be below the better group's, beyond rounding. Equal within rounding is an ambiguity; the reverse
/// order a likely error (survival curves that cross can make "better" and the medians disagree).
/// </summary>
public static class MedianSurvivalOrderRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "median-order";

    /// <summary>Checks that <paramref name="better"/>'s median exceeds every one of <paramref name="others"/>.</summary>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, GroupMedian better, IReadOnlyList<GroupMedian> others)
    {
        ArgumentNullException.ThrowIfNull(better);
        ArgumentNullException.ThrowIfNull(others);
        var printed = $"{better.Label} {better.Median.Text}; " + string.Join("; ", others.Select(o => $"{o.Label} {o.Median.Text}"));
        var reversed = others.Where(o => better.Median.Range.High < o.Median.Range.Low).ToList();
        var tied = others.Where(o => better.Median.Range.Overlaps(o.Median.Range)).ToList();
        var shown = string.Join(", ", others.Select(o => $"{better.Median.Text} {(reversed.Contains(o) ? "<" : tied.Contains(o) ? "≈" : ">")} {o.Median.Text} ({o.Label})"));
        if (reversed.Count > 0)
        {
            return new AuditFinding(Id, FindingClass.LikelyError, subject, where, printed,
                $"{better.Label} is said to survive longer, but {shown}.");
        }

        return tied.Count > 0
            ? new AuditFinding(Id, FindingClass.Ambiguity, subject, where, printed, $"{better.Label} is said to survive longer; {shown}: equal within rounding.")
            : new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{better.Label} is said to survive longer; {shown}.");
    }
}
