using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// A hazard ratio against its own confidence interval and p-value. A Wald interval is exp(b ± z·se), so the
/// estimate is the geometric mean of the bounds, HR = √(L·U), and the interval fixes the Wald test:
/// se = (ln U − ln L)/(2·z₀.₉₇₅), z = ln HR / se, p = 2Φ(−|z|). Both are checked over the rounding
/// intervals of the prints, and the smallest single-digit edit of one print (HR, a bound or p) that makes
/// everything agree is searched, edits ordered by how far they move the number (|log₁₀ new/old|).
/// </summary>
public static class HazardRatioIntervalRule
{
    /// <summary>Rule id of the centre check.</summary>
    public const string CentreId = "hazard-ratio-interval";

    /// <summary>Rule id of the p-value check.</summary>
    public const string WaldPId = "hazard-ratio-wald-p";

    /// <summary>Checks one printed estimate; returns the centre finding and, when a p is printed, the p finding.</summary>
    public static IReadOnlyList<AuditFinding> Check(string subject, IReadOnlyList<PrintedLocation> where, HazardRatioEstimate estimate, HazardRatioPremise premise)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(premise);
        var arithmetic = HazardRatioArithmetic.Of(estimate, premise.Confidence);
        var edit = arithmetic.AllAgree ? null : HazardRatioEdits.Smallest(estimate, premise.Confidence);
        var printed = estimate.ToString();
        var findings = new List<AuditFinding>
        {
            new(CentreId, CentreClass(arithmetic, premise), subject, where, printed, CentreText(estimate, arithmetic), arithmetic.AllAgree ? null : edit),
        };
        if (estimate.P is not null && !arithmetic.BoundsReversed)
        {
            var pClass = arithmetic.PAgrees == true
                ? FindingClass.Consistent
                : premise.PFromSameWaldTest ? FindingClass.LikelyError : FindingClass.Ambiguity;
            findings.Add(new AuditFinding(WaldPId, pClass, subject, where, printed, PText(estimate, arithmetic, premise), arithmetic.AllAgree ? null : edit));
        }

        return findings;
    }

    private static FindingClass CentreClass(HazardRatioArithmetic a, HazardRatioPremise premise) =>
        a.BoundsReversed || a.Outside ? FindingClass.CertainError
        : a.CentreAgrees ? FindingClass.Consistent
        : premise.WaldInterval ? FindingClass.CertainError
        : FindingClass.LikelyError;

    private static string CentreText(HazardRatioEstimate e, HazardRatioArithmetic a)
    {
        var (hr, lo, hi) = (e.HazardRatio.Text, e.Lower.Text, e.Upper.Text);
        if (a.BoundsReversed)
        {
            return $"The lower bound {lo} is not below the upper bound {hi}.";
        }

        var centre = $"√({lo} × {hi}) = {Show.Significant(a.CentreAtPrinted)}"
            + $" ({Show.Range(Show.Significant(a.Centre.Low), Show.Significant(a.Centre.High))} over the rounding intervals)";
        if (a.Outside)
        {
            return $"HR {hr} lies outside its own interval [{lo}, {hi}]; the interval's centre is {centre}.";
        }

        if (a.CentreAgrees)
        {
            return $"{centre}; printed HR {hr}.";
        }

        var (h, l, u) = ((double)e.HazardRatio.Value, (double)e.Lower.Value, (double)e.Upper.Value);
        var below = l > 0 ? Show.Fixed(Math.Log(h / l), 3) : "∞";
        return $"{centre}, but the printed HR is {hr}. On the log scale the HR is {below} above ln {lo} and "
            + $"{Show.Fixed(Math.Log(u / h), 3)} below ln {hi}; a Wald interval exp(b ± {Show.Fixed(a.Quantile, 3)}·se) is symmetric about ln HR.";
    }

    private static string PText(HazardRatioEstimate e, HazardRatioArithmetic a, HazardRatioPremise premise)
    {
        var p = e.P!;
        var (se, z, pAt) = a.AtPrinted;
        var text = $"se = (ln {e.Upper.Text} − ln {e.Lower.Text})/(2 × {Show.Fixed(a.Quantile, 3)}) = {Show.Significant(se)}; "
            + $"z = ln {e.HazardRatio.Text}/se = {Show.Significant(z)}; p = 2Φ(−|z|) = {Show.P(pAt)} "
            + $"({Show.Range(Show.P(a.WaldP.Low), Show.P(a.WaldP.High))} over the rounding intervals); printed p {p.Text}.";
        if (a.PAgrees == true)
        {
            return text;
        }

        var alpha = 1 - premise.Confidence;
        var excludesOne = e.Lower.Range.Low > 1 || e.Upper.Range.High < 1;
        var includesOne = e.Lower.Range.High < 1 && e.Upper.Range.Low > 1;
        if (excludesOne && p.Range.Low > alpha)
        {
            text += $" The {Show.Fixed(premise.Confidence * 100, 0)}% interval excludes 1, so the test at α = {Show.Trimmed(alpha)} rejects, yet p > {Show.Trimmed(alpha)}.";
        }
        else if (includesOne && p.Range.High < alpha)
        {
            text += $" The {Show.Fixed(premise.Confidence * 100, 0)}% interval contains 1, so the test at α = {Show.Trimmed(alpha)} does not reject, yet p < {Show.Trimmed(alpha)}.";
        }

        return text + (premise.PFromSameWaldTest
            ? " The p is printed as this estimate's test."
            : " The p may come from another test (log-rank, score or likelihood ratio), which legitimately differs.");
    }
}
