using SmnpcRepro.Analysis.Reconstruction;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>The loss: zero when a number prints as published, quadratic outside, one-sided for thresholds.</summary>
public sealed class ReconstructionLossTests
{
    private static ReconstructionTarget Target(MetricKind kind, TargetRelation relation, double published, int decimals, double weight = 1) =>
        new(TargetSection.Table2Univariate, "t", new PaperQuantity(kind, "gender"), relation, published, decimals, weight, "x", "y", string.Empty);

    [Fact]
    public void A_value_that_prints_as_published_costs_nothing()
    {
        var hr = Target(MetricKind.HazardRatio, TargetRelation.Equal, 1.749, 3);
        Assert.Equal(0, ReconstructionLoss.Term(hr, 1.7494).Contribution);
        Assert.Equal(0, ReconstructionLoss.Term(hr, 1.7486).Contribution);
        Assert.True(ReconstructionLoss.Term(hr, 1.7496).Contribution > 0);
    }

    [Fact]
    public void The_distance_is_on_the_log_scale_in_units_of_the_scale()
    {
        // 10% above the top of the rounding interval: log(1.1) / 0.05 units (a CI bound: no tolerance band).
        var hr = Target(MetricKind.Upper, TargetRelation.Equal, 2.0, 3, weight: 2);
        var (d, c) = ReconstructionLoss.Term(hr, 2.0005 * 1.1);
        Assert.Equal(Math.Log(1.1) / ReconstructionLoss.Scale, d, 9);
        Assert.Equal(2 * d * d, c, 9);
    }

    [Fact]
    public void P_values_compare_on_the_normal_quantile_scale()
    {
        var p = Target(MetricKind.WaldP, TargetRelation.Equal, 0.05, 2);
        var (d, _) = ReconstructionLoss.Term(p, 0.01);
        // Φ⁻¹(0.0275) − Φ⁻¹(0.005): the interval's lower end 0.045 on the p/2 scale, z units / 0.05.
        var expected = (ReconstructionLoss.Transform(0.045, true) - ReconstructionLoss.Transform(0.01, true)) / ReconstructionLoss.Scale;
        Assert.Equal(expected, d, 9);
        Assert.True(ReconstructionLoss.Transform(0.01, true) < ReconstructionLoss.Transform(0.5, true));
    }

    [Fact]
    public void Thresholds_are_one_sided_with_a_margin()
    {
        var enters = Target(MetricKind.LogRankP, TargetRelation.AtMost, 0.10, 2);
        var staysOut = Target(MetricKind.LogRankP, TargetRelation.Above, 0.10, 2);
        Assert.Equal(0, ReconstructionLoss.Term(enters, 0.01).Contribution);
        Assert.True(ReconstructionLoss.Term(enters, 0.099).Contribution > 0, "inside the margin");
        Assert.True(ReconstructionLoss.Term(enters, 0.2).Contribution > 0);
        Assert.Equal(0, ReconstructionLoss.Term(staysOut, 0.5).Contribution);
        Assert.True(ReconstructionLoss.Term(staysOut, 0.101).Contribution > 0, "inside the margin");
    }

    [Fact]
    public void A_missing_quantity_costs_the_missing_distance_and_weight_0_targets_are_not_evaluated()
    {
        var hr = Target(MetricKind.MultivariateHazardRatio, TargetRelation.Equal, 2.58, 2);
        Assert.Equal(ReconstructionLoss.MissingDistance / ReconstructionLoss.Scale, ReconstructionLoss.Term(hr, double.NaN).Distance);
        var loss = new ReconstructionLoss([hr, Target(MetricKind.HazardRatio, TargetRelation.Equal, 1.5, 3, weight: 0)]);
        var metrics = PaperMetrics.Empty();
        Assert.Equal(ReconstructionLoss.Term(hr, double.NaN).Contribution, loss.Evaluate(metrics));
    }

    [Fact]
    public void A_univariate_hazard_ratio_outside_its_band_costs_the_band_weight_on_top()
    {
        // Band: |log(achieved / 2.0)| ≤ log(1 + 0.95 × 1%); 0.9% off costs the ordinary term only, 2% off the
        // band weight × ((log 1.02 − log 1.0095) / 0.05)² more.
        var hr = Target(MetricKind.HazardRatio, TargetRelation.Equal, 2.0, 3, weight: 10);
        var inside = ReconstructionLoss.Term(hr, 2.0 * 1.009);
        Assert.Equal(10 * inside.Distance * inside.Distance, inside.Contribution, 9);
        var outside = ReconstructionLoss.Term(hr, 2.0 * 1.02);
        var excess = (Math.Log(1.02) - Math.Log(1 + (TargetJudgements.BandMargin * TargetJudgements.HazardRatioTolerance))) / ReconstructionLoss.Scale;
        Assert.Equal((10 * outside.Distance * outside.Distance) + (TargetJudgements.Band * excess * excess), outside.Contribution, 6);
        var loss = new ReconstructionLoss([hr]);
        var metrics = PaperMetrics.Empty();
        metrics[hr.Quantity.Index] = 2.0 * 1.02;
        Assert.Equal(outside.Contribution, loss.Evaluate(metrics), 9);
        Assert.Equal(10 * outside.Distance * outside.Distance, loss.Evaluate(metrics, bandWeight: 0), 9);
    }

    [Fact]
    public void Only_fitted_univariate_hazard_ratios_their_p_and_the_log_rank_p_of_the_text_have_bands()
    {
        Assert.Equal(TargetJudgements.HazardRatioTolerance, TargetJudgements.Tolerance(TargetSection.Table2Univariate, MetricKind.HazardRatio, TargetRelation.Equal, 1));
        Assert.Equal(TargetJudgements.PValueTolerance, TargetJudgements.Tolerance(TargetSection.Table2Univariate, MetricKind.WaldP, TargetRelation.Equal, 1));
        Assert.Equal(TargetJudgements.PValueTolerance, TargetJudgements.Tolerance(TargetSection.Text, MetricKind.LogRankP, TargetRelation.Equal, 4));
        Assert.Equal(0, TargetJudgements.Tolerance(TargetSection.Table2Univariate, MetricKind.HazardRatio, TargetRelation.Equal, 0));
        Assert.Equal(0, TargetJudgements.Tolerance(TargetSection.Table2Univariate, MetricKind.Upper, TargetRelation.Equal, 1));
        Assert.Equal(0, TargetJudgements.Tolerance(TargetSection.Multivariate, MetricKind.MultivariateHazardRatio, TargetRelation.Equal, 1));
        Assert.Equal(0, TargetJudgements.Tolerance(TargetSection.Selection, MetricKind.LogRankP, TargetRelation.AtMost, 20));
    }

    [Fact]
    public void A_missed_selection_threshold_carries_the_band_weight()
    {
        var enters = new ReconstructionTarget(TargetSection.Selection, "t", new PaperQuantity(MetricKind.LogRankP, "gender"), TargetRelation.AtMost, 0.10, 2, 20, "x", "y", string.Empty);
        var (d, c) = ReconstructionLoss.Term(enters, 0.2);
        Assert.Equal((20 + TargetJudgements.Band) * d * d, c, 6);
    }
}
