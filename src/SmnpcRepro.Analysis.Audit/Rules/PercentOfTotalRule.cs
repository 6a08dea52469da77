using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// A count printed with its percentage must give that percentage of the stated total: 100·count/total
/// must round to the print (at its printed decimals), and the count cannot exceed the total. When it does
/// not, the totals and counts that would give the print are shown.
/// </summary>
public static class PercentOfTotalRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "percent-of-total";

    /// <summary>Checks <paramref name="count"/> (<paramref name="percent"/>%) of <paramref name="total"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The total is not positive or the count is negative.</exception>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, int count, PrintedNumber percent, int total)
    {
        ArgumentNullException.ThrowIfNull(percent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var printed = $"{Show.Whole(count)} ({percent.Text}%) of {Show.Whole(total)}";
        if (count > total)
        {
            return new AuditFinding(Id, FindingClass.CertainError, subject, where, printed,
                $"The count {Show.Whole(count)} exceeds the total {Show.Whole(total)}.");
        }

        var exact = 100m * count / total;
        var shown = $"100 × {Show.Whole(count)}/{Show.Whole(total)} = {Show.Fixed(exact, percent.Decimals + 2)}";
        var range = percent.Range;
        if (range.Contains((double)exact))
        {
            return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{shown}, printed {percent.Text}.");
        }

        var counts = Enumerable.Range(0, total + 1).Where(c => range.Contains(100.0 * c / total)).Select(c => Show.Whole(c)).ToList();
        var totals = Enumerable.Range(Math.Max(count, 1), 10 * Math.Max(total, 1)).Where(n => range.Contains(100.0 * count / n)).Take(3).Select(n => Show.Whole(n)).ToList();
        var text = $"{shown}, which does not round to {percent.Text} at {Show.Whole(percent.Decimals)} decimal(s).";
        if (totals.Count > 0)
        {
            text += $" {percent.Text}% of {Show.Whole(count)} fits a total of {string.Join(" or ", totals)}.";
        }

        var edit = counts.Count > 0
            ? $"count {string.Join(" or ", counts)} gives {percent.Text}% of {Show.Whole(total)}; or print {Show.Fixed(exact, percent.Decimals)}%."
            : $"print {Show.Fixed(exact, percent.Decimals)}%.";
        return new AuditFinding(Id, FindingClass.CertainError, subject, where, printed, text, edit);
    }
}
