using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction.Tests;

/// <summary>
/// The frozen reconstruction (tests/Fixtures/study/, a copy of what `smnpc reconstruct` wrote with the default
/// seed, iterations and chains) is the cohort its report describes, meets the exact targets and makes the
/// selection rule pick the published factors: a test of the reconstruction's code and of the analysis on its
/// output. The live data/cohort.csv is not tested here — authors edit it; `smnpc check` runs the
/// reconstruction's checks on it while data/study.yaml declares it synthetic and it is unedited.
/// </summary>
public sealed class FrozenReconstructionTests
{
    private static readonly string Report = File.ReadAllText(RepositoryPaths.Data("reconstruction-report.md"));

    private static readonly IReadOnlyList<CohortRecord> Cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records;

    [Fact]
    public void The_frozen_cohort_is_the_one_the_report_describes_made_with_the_default_seed_iterations_and_chains()
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryPaths.Data("cohort.csv"))));
        Assert.Equal(sha, Recorded(@"SHA-256 `([0-9a-f]{64})`"));
        Assert.Equal(ReconstructionOptions.DefaultSeed, ulong.Parse(Recorded(@"\| Seed \| (\d+) \|"), CultureInfo.InvariantCulture));
        Assert.Equal(ReconstructionOptions.DefaultIterations, long.Parse(Recorded(@"\| Iterations \| (\d+) per chain"), CultureInfo.InvariantCulture));
        Assert.Equal(ReconstructionOptions.DefaultChains, int.Parse(Recorded(@"\| Chains \| (\d+) independent chains"), CultureInfo.InvariantCulture));
        Assert.DoesNotContain("stopped by the time budget", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_frozen_cohort_meets_every_exact_target()
    {
        Assert.All(ExactTargetCheck.Check(Published.Exact, Cohort), e => Assert.True(e.Holds, $"{e.Label}: published {e.Published}, achieved {e.Achieved}"));
    }

    [Fact]
    public void On_the_frozen_cohort_the_selection_rule_picks_the_published_factors_and_three_are_significant()
    {
        // Published: the six factors of table2.multivariate_model_covariates_per_text enter (log-rank p ≤ 0.10);
        // the Results name Frankel, visceral metastasis and surgical option as significant in the model.
        var results = PaperAnalysis.Run(Cohort, CohortReconstructor.Profile);
        var entered = Enumerable.Range(0, 6).Select(i => Published.Paper.Text($"table2.multivariate_model_covariates_per_text.implied.{i}")).ToArray();
        Assert.Equal(entered.Order(StringComparer.Ordinal), results.Multivariate.Entered.Select(f => f.Key).Order(StringComparer.Ordinal));
        var significant = results.Multivariate.Entered
            .Where(f => results.Multivariate.Coefficient(f.Key)!.P <= results.Profile.SignificanceLevel)
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["frankel_preop", "surgical_option", "visceral_mets"], significant);
    }

    private static string Recorded(string pattern)
    {
        var match = Regex.Match(Report, pattern, RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"The report records no '{pattern}'.");
        return match.Groups[1].Value;
    }
}
