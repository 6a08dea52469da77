using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// Classifies a recomputed number against its print. <b>Same</b>: rounded half away from zero to the
/// printed decimals it is the printed number (for a print that states a bound, <c>&gt;0.1</c>, it satisfies
/// the bound). Otherwise <b>close</b>: for a p-value, on the same side as the print of both the significance
/// level and the entry threshold (it would lead to the same conclusions); for a hazard ratio or a limit,
/// within a factor 1.1 either way (|ln(recomputed/published)| ≤ ln 1.1); for any other number, within 10%
/// of the printed value. Otherwise <b>different</b>, as is a value that is not a number (a median never reached).
/// </summary>
public static class AgreementRule
{
    /// <summary>How far a non-p number may be from its print and still be close: 10% (a factor 1.1 for hazard ratios).</summary>
    public const double RelativeTolerance = 0.10;

    /// <summary>The class of <paramref name="recomputed"/> against <paramref name="published"/>.</summary>
    public static Agreement Classify(PrintedNumber published, double recomputed, QuantityKind kind, double significanceLevel, double entryThreshold)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (!double.IsFinite(recomputed))
        {
            return Agreement.Different;
        }

        if (published.Relation != PrintedRelation.Equal)
        {
            return published.Range.Contains(recomputed) ? Agreement.Same : Agreement.Different;
        }

        if (RoundsToPrint(published, recomputed))
        {
            return Agreement.Same;
        }

        var printed = (double)published.Value;
        var close = kind switch
        {
            QuantityKind.PValue => SameSide(printed, recomputed, significanceLevel) && SameSide(printed, recomputed, entryThreshold),
            QuantityKind.HazardRatio => printed > 0 && recomputed > 0 && Math.Abs(Math.Log(recomputed / printed)) <= Math.Log(1 + RelativeTolerance),
            _ => Math.Abs(recomputed - printed) <= RelativeTolerance * Math.Abs(printed),
        };
        return close ? Agreement.Close : Agreement.Different;
    }

    /// <summary>Whether <paramref name="value"/>, rounded half away from zero to the printed decimals, is the printed number.</summary>
    public static bool RoundsToPrint(PrintedNumber published, double value)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (!double.IsFinite(value) || Math.Abs(value) > 1e15)
        {
            return false;
        }

        return (decimal)Math.Round(value, published.Decimals, MidpointRounding.AwayFromZero) == published.Value;
    }

    /// <summary>The size and direction of the difference from the print to <paramref name="recomputed"/>.</summary>
    public static Difference Measure(PrintedNumber published, double recomputed, double significanceLevel, double entryThreshold)
    {
        ArgumentNullException.ThrowIfNull(published);
        var printed = (double)published.Value;
        var delta = recomputed - printed;
        return new Difference(
            delta,
            printed != 0 ? delta / Math.Abs(printed) : null,
            printed > 0 && recomputed > 0 ? recomputed / printed : null,
            double.IsFinite(recomputed) && !SameSide(printed, recomputed, significanceLevel),
            double.IsFinite(recomputed) && !SameSide(printed, recomputed, entryThreshold));
    }

    private static bool SameSide(double a, double b, double threshold) => (a <= threshold) == (b <= threshold);
}
