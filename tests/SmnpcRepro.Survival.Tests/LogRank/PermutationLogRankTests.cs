using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.LogRank;

/// <summary>
/// Permutation log-rank on aml against small-sample/expected/perm_aml.json (R 4.2.2, survival 3.5-3,
/// coin 1.4-2; calls inside): exact p by full enumeration of choose(23, 11) relabellings for both
/// statistics (1e-9), Monte Carlo p within 4 Monte Carlo SEs of the reference (different RNG streams),
/// and reproducibility across seeds and thread counts.
/// </summary>
public sealed class PermutationLogRankTests
{
    private static readonly Lazy<SmnpcRepro.Survival.Data.SurvivalData> Aml = new(() =>
        FixtureData.Load("small-sample/datasets/aml.csv", new FixtureData.Formula("time", "status", "x", null), ["Maintained", "Nonmaintained"]).Data);

    private static readonly Lazy<System.Text.Json.Nodes.JsonNode> Expected = new(() => ReferenceFixture.Json("small-sample/expected/perm_aml.json"));

    [Fact]
    public void Exact_linear_rank_test_equals_coin_and_the_enumeration()
    {
        var result = PermutationLogRank.Exact(Aml.Value, new PermutationOptions { Statistic = PermutationStatistic.LinearRank });
        var coin = Expected.Value["coin"]!["exact"]!;
        var brute = Expected.Value["brute_force_exact"]!;
        Assert.True(result.Exact);
        Assert.Equal(brute["n_assignments"]!.GetValue<long>(), result.Relabellings);
        AssertClose.Relative(coin["Z"]!.GetValue<double>(), result.Observed, 1e-9, "|Z|");
        AssertClose.Relative(coin["p"]!.GetValue<double>(), result.PValue, 1e-9, "coin exact p");
        AssertClose.Relative(brute["coin_statistic"]!["p_two_sided"]!.GetValue<double>(), result.PValue, 1e-9, "enumerated p");
        AssertClose.Relative(brute["coin_statistic"]!["mid_p_two_sided"]!.GetValue<double>(), result.MidPValue, 1e-9, "enumerated mid-p");
    }

    [Fact]
    public void Exact_chi_square_test_equals_the_enumeration_of_survdiff()
    {
        var result = PermutationLogRank.Exact(Aml.Value);
        var brute = Expected.Value["brute_force_exact"]!["survdiff_chisq"]!;
        AssertClose.Relative(brute["chisq_obs"]!.GetValue<double>(), result.Observed, 1e-9, "chisq");
        AssertClose.Relative(brute["p"]!.GetValue<double>(), result.PValue, 1e-9, "p");
        AssertClose.Relative(brute["mid_p"]!.GetValue<double>(), result.MidPValue, 1e-9, "mid-p");
        AssertClose.Relative(Expected.Value["survdiff"]!["chisq"]!.GetValue<double>(), result.Test.ChiSquare, 1e-9, "asymptotic chisq");
    }

    [Fact]
    public void Monte_carlo_linear_rank_p_is_within_monte_carlo_error_of_coin()
    {
        var approx = Expected.Value["coin"]!["approximate"]!;
        var result = PermutationLogRank.MonteCarlo(Aml.Value, new PermutationOptions { Statistic = PermutationStatistic.LinearRank, Resamples = 100_000, Seed = 20240101 });
        var se = approx["mc_se"]!.GetValue<double>();
        Assert.InRange(result.PValue, approx["p"]!.GetValue<double>() - (4 * se), approx["p"]!.GetValue<double>() + (4 * se));
        Assert.InRange(Expected.Value["coin"]!["exact"]!["p"]!.GetValue<double>(), result.Lower99, result.Upper99);
    }

    [Fact]
    public void Monte_carlo_chi_square_p_is_within_monte_carlo_error_of_the_exact_p()
    {
        var exact = Expected.Value["brute_force_exact"]!["survdiff_chisq"]!["p"]!.GetValue<double>();
        var result = PermutationLogRank.MonteCarlo(Aml.Value, new PermutationOptions { Resamples = 50_000, Seed = 7 });
        var se = Math.Sqrt(exact * (1 - exact) / 50_000);
        Assert.InRange(result.PValue, exact - (4 * se), exact + (4 * se));
    }

    [Fact]
    public void Monte_carlo_p_depends_on_the_seed_only_not_on_the_thread_count()
    {
        var one = PermutationLogRank.MonteCarlo(Aml.Value, new PermutationOptions { Resamples = 20_000, Seed = 42, MaxDegreeOfParallelism = 1 });
        var many = PermutationLogRank.MonteCarlo(Aml.Value, new PermutationOptions { Resamples = 20_000, Seed = 42, MaxDegreeOfParallelism = 4 });
        var other = PermutationLogRank.MonteCarlo(Aml.Value, new PermutationOptions { Resamples = 20_000, Seed = 43 });
        Assert.Equal(one.PValue, many.PValue);
        Assert.Equal(one.MidPValue, many.MidPValue);
        Assert.NotEqual(one.PValue, other.PValue);
    }

    [Fact]
    public void Clopper_pearson_interval_equals_coins_99_percent_interval()
    {
        // coin approximate: p = 0.06492 from 1e5 resamples → 6492 hits; p_conf_int_99 from perm_aml.json.
        var approx = Expected.Value["coin"]!["approximate"]!;
        var (lower, upper) = PermutationLogRank.ClopperPearson99(6492, 100_000);
        var ci = ReferenceFixture.Numbers(approx["p_conf_int_99"]);
        AssertClose.Relative(ci[0], lower, 1e-8, "lower");
        AssertClose.Relative(ci[1], upper, 1e-8, "upper");
    }

    [Fact]
    public void Exact_test_refuses_strata_and_more_than_two_groups()
    {
        var lung = FixtureData.Load("r-survival/datasets/lung.csv", new FixtureData.Formula("time", "event", "ecog_grp", null), ["0", "1", "2"]).Data;
        Assert.Throws<ArgumentException>(() => PermutationLogRank.Exact(lung));
        var mc = PermutationLogRank.MonteCarlo(lung, new PermutationOptions { Resamples = 200, Statistic = PermutationStatistic.LinearRank });
        Assert.InRange(mc.PValue, 0, 0.02);
    }
}
