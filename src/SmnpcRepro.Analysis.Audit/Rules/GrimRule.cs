using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// GRIM (granularity-related inconsistency of means, Brown &amp; Heathers 2017) and its median analogue.
/// The mean of n whole numbers is S/n for a whole sum S, so a printed mean is possible only if some whole S
/// has S/n inside the print's rounding interval. The median of n whole numbers is a whole number (n odd)
/// or a whole number or a half (n even). Both need the premise that the data are whole numbers; its
/// strength sets the class of an impossible print.
/// </summary>
public static class GrimRule
{
    /// <summary>Rule id of the mean check.</summary>
    public const string MeanId = "grim-mean";

    /// <summary>Rule id of the median check.</summary>
    public const string MedianId = "grim-median";

    /// <summary>Whether some whole sum S gives a mean S/n that rounds to <paramref name="mean"/>; the sum if so.</summary>
    public static long? PossibleSum(PrintedNumber mean, int n)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var low = (long)Math.Ceiling((mean.Value - mean.HalfUnit) * n);
        var high = (long)Math.Floor((mean.Value + mean.HalfUnit) * n);
        if (low > high)
        {
            return null;
        }

        // The sum closest to n × printed value, so the shown example is the natural one.
        var target = (long)Math.Round(mean.Value * n, MidpointRounding.AwayFromZero);
        return Math.Clamp(target, low, high);
    }

    /// <summary>Checks a printed mean of <paramref name="n"/> whole numbers.</summary>
    public static AuditFinding Mean(string subject, IReadOnlyList<PrintedLocation> where, PrintedNumber mean, int n, WholeNumberPremise premise)
    {
        ArgumentNullException.ThrowIfNull(mean);
        var printed = $"mean {mean.Text}, n = {Show.Whole(n)}";
        var sum = PossibleSum(mean, n);
        if (sum is { } s)
        {
            var note = mean.Decimals == 0 || n >= Pow10(mean.Decimals)
                ? $" (with {Show.Whole(mean.Decimals)} decimal(s) and n = {Show.Whole(n)} every print is possible: the check cannot fail)"
                : string.Empty;
            return new AuditFinding(MeanId, FindingClass.Consistent, subject, where, printed,
                $"S = {Show.Whole(s)}: {Show.Whole(s)}/{Show.Whole(n)} = {Show.Fixed((decimal)s / n, mean.Decimals + 3)} rounds to {mean.Text}{note}.");
        }

        var product = mean.Value * n;
        var below = (long)Math.Floor(product);
        var text = $"{Show.Whole(n)} × {mean.Text} = {Show.Fixed(product, mean.Decimals)}; the nearest whole sums give "
            + $"{Show.Whole(below)}/{Show.Whole(n)} = {Show.Fixed((decimal)below / n, mean.Decimals + 2)} and "
            + $"{Show.Whole(below + 1)}/{Show.Whole(n)} = {Show.Fixed((decimal)(below + 1) / n, mean.Decimals + 2)}, neither rounds to {mean.Text}: "
            + $"no {Show.Whole(n)} whole numbers have this mean.";
        return new AuditFinding(MeanId, ClassFor(premise), subject, where, printed, text + PremiseText(premise));
    }

    /// <summary>Checks a printed median of <paramref name="n"/> whole numbers.</summary>
    public static AuditFinding Median(string subject, IReadOnlyList<PrintedLocation> where, PrintedNumber median, int n, WholeNumberPremise premise)
    {
        ArgumentNullException.ThrowIfNull(median);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var step = n % 2 == 0 ? 0.5m : 1m;
        var kind = n % 2 == 0
            ? $"the median of an even number ({Show.Whole(n)}) of whole numbers is the average of the two middle ones: a whole number or a half"
            : $"the median of an odd number ({Show.Whole(n)}) of whole numbers is the middle one: a whole number";
        var printed = $"median {median.Text}, n = {Show.Whole(n)}";
        var low = median.Value - median.HalfUnit;
        var first = Math.Ceiling(low / step) * step;
        if (first <= median.Value + median.HalfUnit)
        {
            return new AuditFinding(MedianId, FindingClass.Consistent, subject, where, printed,
                $"{Capitalise(kind)}; {Show.Fixed(first, 1)} rounds to {median.Text}.");
        }

        var down = Math.Floor(median.Value / step) * step;
        var text = $"{Capitalise(kind)}; the nearest possible values are {Show.Fixed(down, 1)} and {Show.Fixed(down + step, 1)}, "
            + $"neither rounds to {median.Text}.";
        if (PossibleSum(median, n) is { } s)
        {
            text += $" As a mean it is possible (S = {Show.Whole(s)}: {Show.Whole(s)}/{Show.Whole(n)} = {Show.Fixed((decimal)s / n, median.Decimals + 1)}): "
                + "perhaps a mean printed as a median.";
        }

        return new AuditFinding(MedianId, ClassFor(premise), subject, where, printed, text + PremiseText(premise));
    }

    internal static FindingClass ClassFor(WholeNumberPremise premise) => premise switch
    {
        WholeNumberPremise.Stated => FindingClass.CertainError,
        WholeNumberPremise.Conventional => FindingClass.LikelyError,
        _ => FindingClass.Ambiguity,
    };

    internal static string PremiseText(WholeNumberPremise premise) => premise switch
    {
        WholeNumberPremise.Stated => " The data are stated to be whole numbers.",
        WholeNumberPremise.Conventional => " This assumes the values were recorded as whole numbers, as the unit conventionally is.",
        _ => " This holds only if the values were whole numbers, which the paper does not settle.",
    };

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
