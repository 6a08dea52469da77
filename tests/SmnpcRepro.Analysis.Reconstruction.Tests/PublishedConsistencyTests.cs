using SmnpcRepro.Analysis.Reconstruction;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>
/// Which printed Table 2 cells are one Wald result. Expected from the printed numbers by hand: KPS 2.231
/// (1.889, 5.600) has centre √(1.889·5.6) = 3.252 and HR²/upper = 0.889; Ki67 2.688 (1.770, 9.378) centre
/// 4.074, HR²/upper = 0.770; multivariate surgical 2.31 (1.136–6.421) centre 2.701; every other cell agrees.
/// </summary>
public sealed class PublishedConsistencyTests
{
    private static readonly IReadOnlyList<WaldConsistency> Checks = PublishedConsistency.Check(Published.Paper);

    [Fact]
    public void Exactly_three_cells_are_not_one_Wald_result()
    {
        Assert.Equal(18, Checks.Count);
        Assert.Equal(
            ["table2.rows.kps_preop.univariate", "table2.rows.ki67.univariate", "table2.rows.surgical_option.multivariate"],
            Checks.Where(c => !c.IsConsistent).Select(c => c.Source));
    }

    [Fact]
    public void The_misprinted_lower_bounds_differ_by_one_from_what_HR_and_upper_bound_imply()
    {
        var kps = Checks.Single(c => c.Source == "table2.rows.kps_preop.univariate");
        Assert.Equal(3.252, kps.Centre, 3);
        Assert.Equal(0.889, Math.Round(kps.LowerFromUpper, 3));
        Assert.Equal(0.0874, kps.PFromUpper, 3);
        var ki67 = Checks.Single(c => c.Source == "table2.rows.ki67.univariate");
        Assert.Equal(0.770, Math.Round(ki67.LowerFromUpper, 3));
        Assert.True(ki67.PFromUpper > 0.11, "the HR and upper bound imply a Wald p near 0.121, not 0.0900");
        var surgical = Checks.Single(c => c.Source == "table2.rows.surgical_option.multivariate");
        Assert.Equal(2.701, surgical.Centre, 3);
    }
}
