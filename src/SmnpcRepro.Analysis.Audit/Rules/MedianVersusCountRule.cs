using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>A printed count of values on the lower side of a cut-point: <c>≤46: 14</c> or <c>&lt;12: 14</c>.</summary>
/// <param name="Cut">The cut-point.</param>
/// <param name="IncludesCut">Whether the lower side includes the cut-point itself (≤) or not (&lt;).</param>
/// <param name="Count">How many of the n values are on the lower side.</param>
public sealed record LowerSideCount(decimal Cut, bool IncludesCut, int Count);

/// <summary>
/// A median against a count on either side of a cut-point. With n sorted values the median is the
/// middle value (n odd) or the mean of the two middle ones, the (n/2)th and (n/2+1)th (n even). If fewer
/// than n/2 values are on the lower side, both middle values are on the upper side, so the median is above
/// the cut (for whole numbers, at least the next whole number above it); if more than n/2 are on the lower
/// side it is on the lower side. A printed median outside that region contradicts the printed count.
/// </summary>
public static class MedianVersusCountRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "median-versus-count";

    /// <summary>Checks <paramref name="median"/> of <paramref name="n"/> values against <paramref name="lower"/>.</summary>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, PrintedNumber median, int n, LowerSideCount lower, WholeNumberPremise premise)
    {
        ArgumentNullException.ThrowIfNull(median);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (lower.Count < 0 || lower.Count > n)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower.Count, "The count must be between 0 and n.");
        }

        var (sign, other) = lower.IncludesCut ? ("≤", ">") : ("<", "≥");
        var cut = Show.Fixed(lower.Cut, lower.Cut.Scale);
        var printed = $"median {median.Text}; {sign}{cut}: {Show.Whole(lower.Count)} of {Show.Whole(n)}";
        var (lowMiddle, highMiddle) = n % 2 == 0 ? (n / 2, (n / 2) + 1) : ((n + 1) / 2, (n + 1) / 2);
        var middles = lowMiddle == highMiddle ? $"the {Ordinal(lowMiddle)} value" : $"the {Ordinal(lowMiddle)} and {Ordinal(highMiddle)} values";
        Interval real;
        Interval whole;
        string side;
        if (lower.Count >= highMiddle)
        {
            side = $"{Show.Whole(lower.Count)} of {Show.Whole(n)} are {sign}{cut}, so {middles} in order are {sign}{cut} and so is the median";
            real = new Interval(double.NegativeInfinity, (double)lower.Cut, HighOpen: !lower.IncludesCut);
            var top = lower.IncludesCut ? Math.Floor(lower.Cut) : Math.Ceiling(lower.Cut) - 1;
            whole = new Interval(double.NegativeInfinity, (double)top);
            side += $" (≤{Show.Fixed(top, 0)} for whole numbers)";
        }
        else if (lower.Count < lowMiddle)
        {
            side = $"only {Show.Whole(lower.Count)} of {Show.Whole(n)} are {sign}{cut}, so {middles} in order are {other}{cut} and so is the median";
            real = new Interval((double)lower.Cut, double.PositiveInfinity, LowOpen: lower.IncludesCut);
            var bottom = lower.IncludesCut ? Math.Floor(lower.Cut) + 1 : Math.Ceiling(lower.Cut);
            whole = new Interval((double)bottom, double.PositiveInfinity);
            side += $" (≥{Show.Fixed(bottom, 0)} for whole numbers)";
        }
        else
        {
            return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed,
                $"{Show.Whole(lower.Count)} of {Show.Whole(n)} are {sign}{cut}: the middle values straddle the cut, so the count does not bound the median.");
        }

        var range = median.Range;
        if (!range.Overlaps(real))
        {
            return new AuditFinding(Id, FindingClass.CertainError, subject, where, printed, $"{Capitalise(side)}; printed median {median.Text}.");
        }

        if (!range.Overlaps(whole))
        {
            return new AuditFinding(Id, GrimRule.ClassFor(premise), subject, where, printed,
                $"{Capitalise(side)}; printed median {median.Text}.{GrimRule.PremiseText(premise)}");
        }

        return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{Capitalise(side)}; printed median {median.Text} is.");
    }

    private static string Ordinal(int k) => (k % 100) switch
    {
        11 or 12 or 13 => $"{Show.Whole(k)}th",
        _ => (k % 10) switch
        {
            1 => $"{Show.Whole(k)}st",
            2 => $"{Show.Whole(k)}nd",
            3 => $"{Show.Whole(k)}rd",
            _ => $"{Show.Whole(k)}th",
        },
    };

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
