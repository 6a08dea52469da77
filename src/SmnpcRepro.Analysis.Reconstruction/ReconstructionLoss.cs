using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The search's loss: Σ weight · (distance / <see cref="Scale"/>)² over the targets. A hazard ratio, CI
/// bound or median is compared on the log scale; a p-value on the normal-quantile scale Φ⁻¹(p/2) (the
/// Wald z it implies), where 0.05 is a small step at any p. An "equal" target's distance is how far the
/// achieved value lies outside the interval that prints as the published value (so a number reproduced to
/// its printed precision costs nothing); a threshold's distance is how far it lies on the wrong side of
/// the threshold moved inward by <see cref="Margin"/>. A quantity that could not be computed (a factor
/// that did not enter the model, a median not reached) costs as a distance of <see cref="MissingDistance"/>.
/// </summary>
public sealed class ReconstructionLoss
{
    /// <summary>The unit of distance: 0.05 on the log or z scale (≈ 5% on a ratio).</summary>
    public const double Scale = 0.05;

    /// <summary>How far inside a threshold (z scale) a one-sided target must land.</summary>
    public const double Margin = 0.02;

    /// <summary>The distance charged for a quantity that is not available.</summary>
    public const double MissingDistance = 1.0;

    private readonly int[] _index;
    private readonly TargetRelation[] _relation;
    private readonly bool[] _isP;
    private readonly double[] _low;
    private readonly double[] _high;
    private readonly double[] _weight;

    /// <summary>The loss over <paramref name="targets"/> (targets of weight 0 are reported, not evaluated).</summary>
    public ReconstructionLoss(IReadOnlyList<ReconstructionTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        Targets = targets;
        var fitted = targets.Where(t => t.Weight > 0).ToArray();
        _index = fitted.Select(t => t.Quantity.Index).ToArray();
        _relation = fitted.Select(t => t.Relation).ToArray();
        _isP = fitted.Select(t => t.IsPValue).ToArray();
        _weight = fitted.Select(t => t.Weight).ToArray();
        _low = new double[fitted.Length];
        _high = new double[fitted.Length];
        for (var k = 0; k < fitted.Length; k++)
        {
            (_low[k], _high[k]) = Bounds(fitted[k]);
        }
    }

    /// <summary>Every target (weight 0 included).</summary>
    public IReadOnlyList<ReconstructionTarget> Targets { get; }

    /// <summary>The total loss of a metric vector.</summary>
    public double Evaluate(ReadOnlySpan<double> metrics)
    {
        var total = 0.0;
        for (var k = 0; k < _index.Length; k++)
        {
            var d = Distance(metrics[_index[k]], _isP[k], _relation[k], _low[k], _high[k]) / Scale;
            total += _weight[k] * d * d;
        }

        return total;
    }

    /// <summary>One target's distance (in units of <see cref="Scale"/>) and its weighted contribution to the loss.</summary>
    public static (double Distance, double Contribution) Term(ReconstructionTarget target, double achieved)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (low, high) = Bounds(target);
        var d = Distance(achieved, target.IsPValue, target.Relation, low, high) / Scale;
        return (d, target.Weight * d * d);
    }

    /// <summary>The transformed interval an equal target should land in, or the transformed threshold (both ends) for a one-sided one.</summary>
    private static (double Low, double High) Bounds(ReconstructionTarget t)
    {
        if (t.Relation != TargetRelation.Equal)
        {
            var threshold = Transform(t.Published, t.IsPValue);
            return t.Relation == TargetRelation.AtMost ? (threshold - Margin, threshold - Margin) : (threshold + Margin, threshold + Margin);
        }

        var half = 0.5 * Math.Pow(10, -t.Decimals);
        return (Transform(t.Published - half, t.IsPValue), Transform(t.Published + half, t.IsPValue));
    }

    private static double Distance(double achieved, bool isP, TargetRelation relation, double low, double high)
    {
        if (double.IsNaN(achieved))
        {
            return MissingDistance;
        }

        var x = Transform(achieved, isP);
        return relation switch
        {
            TargetRelation.AtMost => Math.Max(0, x - high),
            TargetRelation.Above => Math.Max(0, low - x),
            _ => x < low ? low - x : x > high ? x - high : 0,
        };
    }

    /// <summary>The comparison scale: Φ⁻¹(p/2) for a p-value (increasing in p), log otherwise.</summary>
    public static double Transform(double value, bool isP) => isP
        ? Distributions.NormalQuantile(Math.Clamp(value, 1e-300, 1.0) / 2)
        : Math.Log(Math.Max(value, 1e-300));
}
