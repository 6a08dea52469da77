using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Rules;

/// <summary>
/// Interval arithmetic over a printed hazard ratio, its bounds and its p-value: every statement is about
/// some true values inside the rounding intervals of the prints, so a print is never blamed for rounding.
/// </summary>
internal sealed record HazardRatioArithmetic
{
    private HazardRatioArithmetic()
    {
    }

    /// <summary>The bounds are not in order (lower ≥ upper as printed).</summary>
    public bool BoundsReversed { get; private init; }

    /// <summary>The estimate lies outside its own interval even allowing for rounding.</summary>
    public bool Outside { get; private init; }

    /// <summary>Some values within rounding satisfy HR = √(lower·upper).</summary>
    public bool CentreAgrees { get; private init; }

    /// <summary>√(lower·upper) over the rounding box.</summary>
    public (double Low, double High) Centre { get; private init; }

    /// <summary>√(lower·upper) at the printed values.</summary>
    public double CentreAtPrinted { get; private init; }

    /// <summary>The two-sided Wald p implied by the interval, over the rounding box.</summary>
    public (double Low, double High) WaldP { get; private init; }

    /// <summary>se, z and p at the printed values.</summary>
    public (double Se, double Z, double P) AtPrinted { get; private init; }

    /// <summary>Whether the printed p (if any) can be the implied Wald p; null when no p is printed.</summary>
    public bool? PAgrees { get; private init; }

    /// <summary>z of the interval, 1.959964 for 95%.</summary>
    public double Quantile { get; private init; }

    /// <summary>Every check passes.</summary>
    public bool AllAgree => !BoundsReversed && !Outside && CentreAgrees && PAgrees != false;

    public static HazardRatioArithmetic Of(HazardRatioEstimate estimate, double confidence)
    {
        var quantile = Distributions.TwoSidedQuantile(confidence);
        var (hLow, hHigh) = Box(estimate.HazardRatio);
        var (lLow, lHigh) = Box(estimate.Lower);
        var (uLow, uHigh) = Box(estimate.Upper);
        var (h, l, u) = ((double)estimate.HazardRatio.Value, (double)estimate.Lower.Value, (double)estimate.Upper.Value);
        if (estimate.Lower.Value >= estimate.Upper.Value)
        {
            return new HazardRatioArithmetic { BoundsReversed = true, Quantile = quantile, AtPrinted = (double.NaN, double.NaN, double.NaN) };
        }

        var centre = (Math.Sqrt(lLow * uLow), Math.Sqrt(lHigh * uHigh));
        var zLow = double.PositiveInfinity;
        var zHigh = double.NegativeInfinity;
        foreach (var hc in new[] { hLow, hHigh })
        {
            foreach (var lc in new[] { lLow, lHigh })
            {
                foreach (var uc in new[] { uLow, uHigh })
                {
                    if (uc <= lc)
                    {
                        continue; // bounds that touch within rounding: no width, no z at this corner
                    }

                    var z = Z(hc, lc, uc, quantile);
                    zLow = Math.Min(zLow, z);
                    zHigh = Math.Max(zHigh, z);
                }
            }
        }

        // |z| is smallest at 0 when the z range crosses it; p = 2Φ(−|z|) falls as |z| grows.
        var absLow = zLow <= 0 && zHigh >= 0 ? 0 : Math.Min(Math.Abs(zLow), Math.Abs(zHigh));
        var absHigh = Math.Max(Math.Abs(zLow), Math.Abs(zHigh));
        var waldP = (Distributions.TwoSidedNormalP(absHigh), Distributions.TwoSidedNormalP(absLow));
        var se = l > 0 ? (Math.Log(u) - Math.Log(l)) / (2 * quantile) : double.PositiveInfinity;
        var zAt = Z(h, l, u, quantile);
        bool? pAgrees = estimate.P is null
            ? null
            : new Interval(waldP.Item1, waldP.Item2).Overlaps(estimate.P.Range);
        return new HazardRatioArithmetic
        {
            Outside = hHigh < lLow || hLow > uHigh,
            CentreAgrees = new Interval(centre.Item1, centre.Item2).Overlaps(new Interval(hLow, hHigh)),
            Centre = centre,
            CentreAtPrinted = Math.Sqrt(l * u),
            WaldP = waldP,
            AtPrinted = (se, zAt, Distributions.TwoSidedNormalP(zAt)),
            PAgrees = pAgrees,
            Quantile = quantile,
        };
    }

    /// <summary>z = ln h / se with se = (ln u − ln l)/(2q); a bound of 0 makes the interval infinitely wide (z = 0).</summary>
    private static double Z(double h, double l, double u, double quantile)
    {
        if (l <= 0)
        {
            return 0;
        }

        if (h <= 0)
        {
            return double.NegativeInfinity;
        }

        return Math.Log(h) * 2 * quantile / (Math.Log(u) - Math.Log(l));
    }

    private static (double Low, double High) Box(PrintedNumber number)
    {
        if (number.Relation != PrintedRelation.Equal)
        {
            throw new ArgumentException($"'{number.Text}': a hazard ratio or bound must be a plain number, not a bound.", nameof(number));
        }

        var range = number.Range;
        return (Math.Max(range.Low, 0), range.High);
    }
}
