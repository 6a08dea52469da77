using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

/// <summary>
/// Known answers in closed form: with b = ln 2 and se = 0.5, the 95% Wald interval is
/// exp(ln 2 ± 1.959964 × 0.5) = (0.7506357, 5.3288165) and p = 2Φ(−ln 2/0.5) = 2Φ(−1.386294) = 0.1656570,
/// printed "2.000 (0.751, 5.329)", p "0.166" (values from Python's statistics.NormalDist).
/// </summary>
public sealed class HazardRatioIntervalRuleTests
{
    private static readonly HazardRatioPremise Wald = new(WaldInterval: true, PFromSameWaldTest: true);

    private static IReadOnlyList<AuditFinding> Check(string cell, string? p, HazardRatioPremise? premise = null) =>
        HazardRatioIntervalRule.Check("x", [new PrintedLocation("k", "s")], HazardRatioEstimate.Parse(cell, p), premise ?? Wald);

    private static AuditFinding Centre(IReadOnlyList<AuditFinding> findings) => findings.Single(f => f.Rule == HazardRatioIntervalRule.CentreId);

    private static AuditFinding WaldP(IReadOnlyList<AuditFinding> findings) => findings.Single(f => f.Rule == HazardRatioIntervalRule.WaldPId);

    [Fact]
    public void A_wald_interval_and_its_p_agree()
    {
        var findings = Check("2.000(0.751, 5.329)", "0.166");
        Assert.Equal(FindingClass.Consistent, Centre(findings).Class);
        Assert.Equal(FindingClass.Consistent, WaldP(findings).Class);
        Assert.Contains("√(0.751 × 5.329) = 2.001", Centre(findings).Computation, StringComparison.Ordinal);
        Assert.Contains("p = 2Φ(−|z|) = 0.166", WaldP(findings).Computation, StringComparison.Ordinal);
        Assert.Null(Centre(findings).SuggestedEdit);
    }

    [Fact]
    public void A_slipped_leading_digit_is_found_as_the_smallest_edit()
    {
        // Lower bound typed 1.751 for 0.751: √(1.751 × 5.329) = 3.055 ≠ 2.000, and the implied p is tiny.
        var findings = Check("2.000(1.751, 5.329)", "0.166");
        Assert.Equal(FindingClass.CertainError, Centre(findings).Class);
        Assert.Equal(FindingClass.LikelyError, WaldP(findings).Class);
        Assert.StartsWith("lower bound 1.751 → 0.751", Centre(findings).SuggestedEdit, StringComparison.Ordinal);
        Assert.Contains("interval excludes 1", WaldP(findings).Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_p_alone_is_edited_in_the_p()
    {
        // Same interval, p printed 0.266 instead of 0.166: the centre agrees, only the p is off.
        var findings = Check("2.000(0.751, 5.329)", "0.266");
        Assert.Equal(FindingClass.Consistent, Centre(findings).Class);
        Assert.Equal(FindingClass.LikelyError, WaldP(findings).Class);
        Assert.StartsWith("p 0.266 → 0.166", WaldP(findings).SuggestedEdit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_premise_sets_the_class()
    {
        var notWald = new HazardRatioPremise(WaldInterval: false, PFromSameWaldTest: false);
        var findings = Check("2.000(1.751, 5.329)", "0.166", notWald);
        Assert.Equal(FindingClass.LikelyError, Centre(findings).Class); // a profile-likelihood interval may be asymmetric
        Assert.Equal(FindingClass.Ambiguity, WaldP(findings).Class); // a log-rank p may differ
    }

    [Fact]
    public void An_estimate_outside_its_interval_is_certain_whatever_the_method()
    {
        var findings = Check("6.000(0.751, 5.329)", null, new HazardRatioPremise(false, false));
        Assert.Equal(FindingClass.CertainError, Centre(findings).Class);
        Assert.Contains("outside its own interval", Centre(findings).Computation, StringComparison.Ordinal);
        Assert.Single(findings); // no p printed, no p finding
    }

    [Fact]
    public void Fewer_printed_decimals_widen_what_agrees()
    {
        // "2.0 (0.8, 5.3)": √(0.75 × 5.25) = 1.984 to √(0.85 × 5.35) = 2.132 covers [1.95, 2.05].
        Assert.Equal(FindingClass.Consistent, Centre(Check("2.0(0.8, 5.3)", "0.17")).Class);
        Assert.Equal(FindingClass.Consistent, WaldP(Check("2.0(0.8, 5.3)", "0.17")).Class);
        // At three decimals the same numbers disagree: √(0.8 × 5.3) = 2.059 is not 2.000.
        Assert.Equal(FindingClass.CertainError, Centre(Check("2.000(0.800, 5.300)", null)).Class);
    }

    [Fact]
    public void A_p_printed_as_a_bound_is_compared_as_a_bound()
    {
        // b = ln 3, se = 0.2: interval (2.0271, 4.4398), p = 2Φ(−5.493) = 3.95e-8, which is "<0.001".
        Assert.Equal(FindingClass.Consistent, WaldP(Check("3.000(2.027, 4.440)", "<0.001")).Class);
        Assert.Equal(FindingClass.LikelyError, WaldP(Check("3.000(2.027, 4.440)", "0.01")).Class);
    }

    [Fact]
    public void A_bound_printed_as_zero_is_any_value_below_half_a_unit()
    {
        // Lower "0.000" is [0, 0.0005]: √(0 × 3.2) = 0 to √(0.0005 × 3.2005) = 0.040 covers 0.040; the interval may be
        // infinitely wide on the log scale, so any p from 2Φ(−1.4397) = 0.150 up to 1 is possible.
        var findings = Check("0.040(0.000, 3.200)", "0.52");
        Assert.Equal(FindingClass.Consistent, Centre(findings).Class);
        Assert.Equal(FindingClass.Consistent, WaldP(findings).Class);
        Assert.Equal(FindingClass.LikelyError, WaldP(Check("0.040(0.000, 3.200)", "0.10")).Class);
    }

    [Fact]
    public void Bounds_in_the_wrong_order_are_certain()
    {
        var findings = Check("2.000(5.329, 0.751)", "0.166");
        Assert.Equal(FindingClass.CertainError, Centre(findings).Class);
        Assert.Single(findings);
    }

    [Fact]
    public void Cells_are_read_with_a_comma_or_an_en_dash()
    {
        var comma = HazardRatioEstimate.Parse("2.231(1.889, 5.600)", "0.0874");
        var dash = HazardRatioEstimate.Parse("2.31(1.136–6.421)", "0.029*");
        Assert.Equal("5.600", comma.Upper.Text);
        Assert.Equal(3, comma.Upper.Decimals);
        Assert.Equal("1.136", dash.Lower.Text);
        Assert.True(dash.P!.Starred);
        Assert.Throws<FormatException>(() => HazardRatioEstimate.Parse("2.31 [1.136, 6.421]"));
    }
}
