using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Check;

/// <summary>The drift rules on small made-up numbers files whose answers are known.</summary>
public sealed class NumbersDiffTests
{
    private static ManuscriptNumber Number(string id, string where, string printed, double value) => new(id, where, printed, value);

    private static ManuscriptNumber P(string id, string where, string printed, double p) => new(id, where, printed, p, p <= 0.05, p <= 0.10);

    private static NumbersFile File(IReadOnlyList<ManuscriptNumber> numbers, params string[] entered) => new(
        NumbersFile.CurrentSchema,
        "spss18",
        0.05,
        0.10,
        numbers,
        new ModelMembership("log-rank P ≤ 0.1", entered.Select(k => new ModelFactor(k, k == "surgical_option" ? "Surgical option" : "MIT")).ToList()));

    private static readonly ManuscriptNumber Hr = Number("table2.surgical_option.univariate.hr", "Table 2, Surgical option, HR", "2.27", 2.2701);

    [Fact]
    public void The_same_prints_are_no_drift_even_when_the_values_moved_within_rounding()
    {
        var result = NumbersDiff.Compare(File([Hr]), File([Hr with { Value = 2.2749 }]));
        Assert.False(result.HasDrift);
        Assert.Equal(1, result.Compared);
    }

    [Fact]
    public void A_number_that_moved_at_its_printed_precision_is_listed_as_the_reader_sees_it()
    {
        var result = NumbersDiff.Compare(File([Hr]), File([Hr with { Printed = "2.41", Value = 2.4101 }]));
        Assert.True(result.HasDrift);
        var drift = Assert.Single(result.Moved);
        Assert.Equal("Table 2, Surgical option, HR 2.27 → 2.41", drift.Line);
        Assert.Empty(result.Flipped);
    }

    [Fact]
    public void A_p_value_that_crossed_the_significance_level_is_a_flip_even_with_the_same_print()
    {
        // 0.04996 and 0.05004 both print as 0.0500, on either side of 0.05.
        var before = P("table2.mit.log_rank.p", "Table 2, MIT, log-rank P", "0.0500", 0.04996);
        var after = P("table2.mit.log_rank.p", "Table 2, MIT, log-rank P", "0.0500", 0.05004);
        var drift = Assert.Single(NumbersDiff.Compare(File([before]), File([after])).Flipped);
        Assert.Equal("Table 2, MIT, log-rank P 0.0500 → 0.0500 (no longer significant at P ≤ 0.05)", drift.Line);
        Assert.Equal(
            "Table 2, MIT, log-rank P 0.0500 → 0.0500 (now significant at P ≤ 0.05)",
            Assert.Single(NumbersDiff.Compare(File([after]), File([before])).Flipped).Line);
    }

    [Fact]
    public void A_p_value_that_crossed_the_entry_threshold_is_a_flip()
    {
        var before = P("table2.mit.log_rank.p", "Table 2, MIT, log-rank P", "0.0767", 0.0767);
        var after = P("table2.mit.log_rank.p", "Table 2, MIT, log-rank P", "0.132", 0.132);
        var result = NumbersDiff.Compare(File([before]), File([after]));
        Assert.Equal("Table 2, MIT, log-rank P 0.0767 → 0.132 (no longer within the entry threshold P ≤ 0.1)", Assert.Single(result.Flipped).Line);
        Assert.Empty(result.Moved);

        var both = NumbersDiff.Compare(File([after]), File([before with { Printed = "0.0267", Value = 0.0267, Significant = true }]));
        Assert.Equal(
            "Table 2, MIT, log-rank P 0.132 → 0.0267 (now significant at P ≤ 0.05; now within the entry threshold P ≤ 0.1)",
            Assert.Single(both.Flipped).Line);
    }

    [Fact]
    public void A_factor_that_entered_or_left_the_model_is_listed()
    {
        var result = NumbersDiff.Compare(File([Hr], "mit"), File([Hr], "surgical_option"));
        Assert.Equal(["Multivariate model: Surgical option entered", "Multivariate model: MIT left"], result.Model.Select(m => m.Line));
        Assert.True(result.HasDrift);
    }

    [Fact]
    public void Numbers_printed_only_now_or_no_longer_are_listed_with_a_dash()
    {
        var multivariate = Number("table2.surgical_option.multivariate.hr", "Table 2, Surgical option, multivariate HR", "2.22", 2.22);
        var added = NumbersDiff.Compare(File([Hr]), File([Hr, multivariate]));
        Assert.Equal("Table 2, Surgical option, multivariate HR — → 2.22", Assert.Single(added.AddedOrRemoved).Line);
        var removed = NumbersDiff.Compare(File([Hr, multivariate]), File([Hr]));
        Assert.Equal("Table 2, Surgical option, multivariate HR 2.22 → —", Assert.Single(removed.AddedOrRemoved).Line);
        Assert.Equal(1, removed.Compared);
    }

    [Fact]
    public void Another_conventions_profile_is_drift()
    {
        var result = NumbersDiff.Compare(File([Hr]) with { Profile = "r" }, File([Hr]));
        Assert.Equal("Conventions: the manuscript was built under the r profile, the check recomputed under spss18.", Assert.Single(result.Problems));
        Assert.True(result.HasDrift);
    }
}
