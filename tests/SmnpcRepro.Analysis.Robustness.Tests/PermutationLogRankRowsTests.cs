using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;

namespace SmnpcRepro.Analysis.Robustness.Tests;

public sealed class PermutationLogRankRowsTests
{
    private static readonly RobustnessOptions Options = new() { PermutationResamples = 2000, MaxExactRelabellings = 50_000 };

    private static readonly IReadOnlyList<PermutationLogRankRow> Rows = PermutationLogRankRows.Compute(RobustnessTestCohorts.Frozen, PaperFactors.All, Options);

    [Theory]
    // √(p(1 − p)/B) by hand: √(0.05·0.95/10000) = 0.00217944947177; √(0.5·0.5/400) = 0.025.
    [InlineData(0.05, 10_000, 0.00217944947177034)]
    [InlineData(0.5, 400, 0.025)]
    [InlineData(0.0, 1000, 0.0)]
    public void Monte_Carlo_error_is_the_binomial_standard_error(double p, long b, double expected) =>
        Assert.Equal(expected, PermutationLogRankRows.MonteCarloStandardError(p, b), 14);

    [Fact]
    public void Every_Monte_Carlo_row_reports_its_error_and_every_exact_row_enumerates_every_relabelling()
    {
        Assert.Equal(PaperFactors.All.Count, Rows.Count);
        Assert.Contains(Rows, r => r.Exact);
        Assert.Contains(Rows, r => !r.Exact);
        foreach (var r in Rows)
        {
            Assert.InRange(r.PermutationP, 0, 1);
            if (r.Exact)
            {
                Assert.Equal(2, r.Groups);
                Assert.Equal(0, r.MonteCarloStandardError);
                Assert.True(r.Relabellings <= Options.MaxExactRelabellings);
            }
            else
            {
                Assert.Equal(Options.PermutationResamples, r.Relabellings);
                Assert.Equal(Math.Sqrt(r.PermutationP * (1 - r.PermutationP) / Options.PermutationResamples), r.MonteCarloStandardError, 15);
            }
        }
    }

    [Fact]
    public void Exact_relabellings_are_the_binomial_coefficient_of_the_group_sizes()
    {
        // C(30, 6) = 593,775 (24 men and 6 women would be too many at this limit); C(30, 4) = 27,405.
        Assert.Equal(593_775, PermutationLogRankRows.Relabellings(24, 6));
        Assert.Equal(27_405, PermutationLogRankRows.Relabellings(4, 26));
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        foreach (var r in Rows.Where(r => r.Exact))
        {
            var n = paper.Factor(r.FactorKey).Survival.Medians.Select(m => m.Patients).ToArray();
            Assert.Equal(PermutationLogRankRows.Relabellings(n[0], n[1]), r.Relabellings);
        }
    }

    [Fact]
    public void The_asymptotic_p_is_the_papers_log_rank_p_and_seeds_differ_between_factors()
    {
        var paper = PaperAnalysis.Run(RobustnessTestCohorts.Frozen, ConventionsProfile.Spss18);
        foreach (var r in Rows)
        {
            Assert.Equal(paper.Factor(r.FactorKey).LogRankP, r.AsymptoticP, 14);
        }

        Assert.Equal(Rows.Count, Rows.Select(r => r.Seed).Distinct().Count());
    }

    [Fact]
    public void The_same_seed_gives_the_same_p_on_one_thread()
    {
        var again = PermutationLogRankRows.Compute(RobustnessTestCohorts.Frozen, PaperFactors.All, Options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(Rows, again);
    }
}
