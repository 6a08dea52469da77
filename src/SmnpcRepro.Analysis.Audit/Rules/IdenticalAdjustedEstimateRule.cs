using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// An adjusted (multivariable) estimate identical to the unadjusted one in every printed digit — HR, both
/// bounds and p — although other factors were adjusted for. Adjustment leaves an estimate, its standard
/// error and its test unchanged only when the other factors carry no information about this factor or the
/// outcome, which in a real cohort does not happen to 3 decimals: the row looks copied from the other
/// column. Arithmetic does not forbid it, so it is a likely error.
/// </summary>
public static class IdenticalAdjustedEstimateRule
{
    /// <summary>Rule id.</summary>
    public const string Id = "identical-adjusted-estimate";

    /// <summary>Compares the unadjusted and adjusted prints of one factor; <paramref name="adjustedFor"/> other factors were in the model.</summary>
    public static AuditFinding Check(string subject, IReadOnlyList<PrintedLocation> where, HazardRatioEstimate unadjusted, HazardRatioEstimate adjusted, int adjustedFor)
    {
        ArgumentNullException.ThrowIfNull(unadjusted);
        ArgumentNullException.ThrowIfNull(adjusted);
        ArgumentOutOfRangeException.ThrowIfNegative(adjustedFor);
        var pairs = new List<(string Name, PrintedNumber A, PrintedNumber B)>
        {
            ("HR", unadjusted.HazardRatio, adjusted.HazardRatio),
            ("lower", unadjusted.Lower, adjusted.Lower),
            ("upper", unadjusted.Upper, adjusted.Upper),
        };
        if (unadjusted.P is not null && adjusted.P is not null)
        {
            pairs.Add(("p", unadjusted.P, adjusted.P));
        }

        var printed = $"unadjusted {unadjusted}; adjusted {adjusted}";
        var shown = string.Join(", ", pairs.Select(p => $"{p.Name} {p.A.Digits} vs {p.B.Digits}"));
        var identical = pairs.All(p => p.A.Range.Overlaps(p.B.Range));
        if (!identical)
        {
            return new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{shown}: adjustment moved the estimate.");
        }

        return adjustedFor == 0
            ? new AuditFinding(Id, FindingClass.Consistent, subject, where, printed, $"{shown}: equal, as expected with nothing else in the model.")
            : new AuditFinding(Id, FindingClass.LikelyError, subject, where, printed,
                $"{shown}: equal to every printed digit after adjusting for {Show.Whole(adjustedFor)} other factor(s). "
                + "That needs factors uninformative about this one and about survival; the row looks copied from the other column.");
    }
}
