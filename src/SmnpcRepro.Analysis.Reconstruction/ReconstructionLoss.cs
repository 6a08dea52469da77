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
/// A target with a tolerance band (<see cref="TargetJudgements.Tolerance"/>: the univariate hazard ratios
/// within 1%, their p's and the log-rank p's within 10%) costs, on top, a band weight (by default
/// <see cref="TargetJudgements.Band"/>) × (excess / <see cref="Scale"/>)², where the excess is how far
/// |log(achieved / published)| exceeds log(1 + <see cref="TargetJudgements.BandMargin"/> × tolerance) (symmetric on
/// the log scale and drawn a little inside the tolerance, so a number on the band's edge passes both ways); a
/// selection or significance threshold (<see cref="TargetJudgements.Enforced"/>) has the band weight added to its
/// own. The search may weigh the bands less while it is hot (<see cref="AnnealingSchedule"/>).
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
    private readonly double[] _centre;
    private readonly double[] _halfWidth;
    private readonly bool[] _enforced;

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
        _centre = new double[fitted.Length];
        _halfWidth = new double[fitted.Length];
        _enforced = fitted.Select(t => TargetJudgements.Enforced(t.Section, t.Relation, t.Weight)).ToArray();
        for (var k = 0; k < fitted.Length; k++)
        {
            (_low[k], _high[k]) = Bounds(fitted[k]);
            (_centre[k], _halfWidth[k]) = Band(fitted[k]);
        }
    }

    /// <summary>Every target (weight 0 included).</summary>
    public IReadOnlyList<ReconstructionTarget> Targets { get; }

    /// <summary>The total loss of a metric vector.</summary>
    public double Evaluate(ReadOnlySpan<double> metrics) => Evaluate(metrics, TargetJudgements.Band);

    /// <summary>The total loss of a metric vector with the tolerance bands weighted by <paramref name="bandWeight"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> metrics, double bandWeight)
    {
        var total = 0.0;
        for (var k = 0; k < _index.Length; k++)
        {
            var achieved = metrics[_index[k]];
            var d = Distance(achieved, _isP[k], _relation[k], _low[k], _high[k]) / Scale;
            total += (_enforced[k] ? _weight[k] + bandWeight : _weight[k]) * d * d;
            if (_halfWidth[k] > 0)
            {
                var excess = BandExcess(achieved, _centre[k], _halfWidth[k]) / Scale;
                total += bandWeight * excess * excess;
            }
        }

        return total;
    }

    /// <summary>One target's distance (in units of <see cref="Scale"/>) and its weighted contribution to the loss.</summary>
    public static (double Distance, double Contribution) Term(ReconstructionTarget target, double achieved)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (low, high) = Bounds(target);
        var d = Distance(achieved, target.IsPValue, target.Relation, low, high) / Scale;
        var (centre, halfWidth) = Band(target);
        var excess = halfWidth > 0 ? BandExcess(achieved, centre, halfWidth) / Scale : 0.0;
        var weight = TargetJudgements.Enforced(target.Section, target.Relation, target.Weight) ? target.Weight + TargetJudgements.Band : target.Weight;
        return (d, (weight * d * d) + (TargetJudgements.Band * excess * excess));
    }

    /// <summary>The log of the published value and the half-width of the target's tolerance band on the log scale (0: no band).</summary>
    private static (double Centre, double HalfWidth) Band(ReconstructionTarget t)
    {
        var tolerance = TargetJudgements.Tolerance(t.Section, t.Quantity.Kind, t.Relation, t.Weight);
        return tolerance > 0 ? (Math.Log(t.Published), Math.Log(1 + (TargetJudgements.BandMargin * tolerance))) : (0.0, 0.0);
    }

    /// <summary>How far |log(achieved) − centre| exceeds the half-width (a missing value: <see cref="MissingDistance"/>).</summary>
    private static double BandExcess(double achieved, double centre, double halfWidth) =>
        double.IsNaN(achieved) ? MissingDistance : Math.Max(0, Math.Abs(Math.Log(Math.Max(achieved, 1e-300)) - centre) - halfWidth);

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
