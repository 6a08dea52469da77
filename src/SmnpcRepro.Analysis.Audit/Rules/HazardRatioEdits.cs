using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// The smallest change of one printed digit — in the HR, a bound or the p — after which a hazard ratio, its
/// interval and its p all agree. Edits are tried by size, |log₁₀(new/old)|, so 1.889 → 0.889 (a slipped
/// leading digit) is preferred to a change that moves the number further.
/// </summary>
internal static class HazardRatioEdits
{
    public static string Smallest(HazardRatioEstimate estimate, double confidence)
    {
        var all = Candidates(estimate, includeP: estimate.P?.Relation == PrintedRelation.Equal)
            .Where(c => HazardRatioArithmetic.Of(c.Edited, confidence).AllAgree)
            .ToList();
        if (all.Count > 0)
        {
            var best = all[0];
            var after = HazardRatioArithmetic.Of(best.Edited, confidence);
            var others = all.Count > 1 ? $" ({Show.Whole(all.Count - 1)} larger single-digit edit(s) also work)" : string.Empty;
            return $"{best.Part} {best.From} → {best.To}: then √({best.Edited.Lower.Text} × {best.Edited.Upper.Text}) = {Show.Significant(after.CentreAtPrinted)}"
                + (estimate.P is null ? string.Empty : $" and the Wald p = {Show.P(after.AtPrinted.P)}")
                + $", as printed{others}.";
        }

        var centreOnly = Candidates(estimate, includeP: false)
            .Where(c => HazardRatioArithmetic.Of(c.Edited, confidence) is { Outside: false, CentreAgrees: true, BoundsReversed: false })
            .ToList();
        if (centreOnly.Count > 0 && estimate.P is not null)
        {
            var best = centreOnly[0];
            var after = HazardRatioArithmetic.Of(best.Edited, confidence);
            return $"No single-digit edit reconciles all three. {char.ToUpperInvariant(best.Part[0])}{best.Part[1..]} {best.From} → {best.To} restores the centre "
                + $"(√({best.Edited.Lower.Text} × {best.Edited.Upper.Text}) = {Show.Significant(after.CentreAtPrinted)}), "
                + $"but then the Wald p is {Show.P(after.AtPrinted.P)}, not {estimate.P.Text}.";
        }

        return "No single-digit edit of the HR, a bound or the p makes them agree.";
    }

    private static List<Candidate> Candidates(HazardRatioEstimate e, bool includeP)
    {
        var list = new List<Candidate>();
        list.AddRange(e.HazardRatio.SingleDigitEdits().Select(n => new Candidate("HR", e.HazardRatio, n, e with { HazardRatio = n })));
        list.AddRange(e.Lower.SingleDigitEdits().Select(n => new Candidate("lower bound", e.Lower, n, e with { Lower = n })));
        list.AddRange(e.Upper.SingleDigitEdits().Select(n => new Candidate("upper bound", e.Upper, n, e with { Upper = n })));
        if (includeP)
        {
            list.AddRange(e.P!.SingleDigitEdits().Select(n => new Candidate("p", e.P, n, e with { P = n })));
        }

        // Stable sort: equal sizes keep the order HR, lower, upper, p and left-to-right digits.
        return list.Where(c => c.To.Value > 0).OrderBy(c => c.Size).ToList();
    }

    private sealed record Candidate(string Part, PrintedNumber FromNumber, PrintedNumber To, HazardRatioEstimate Edited)
    {
        public string From => FromNumber.Text;

        public double Size => Math.Abs(Math.Log10((double)To.Value / (double)FromNumber.Value));
    }
}
