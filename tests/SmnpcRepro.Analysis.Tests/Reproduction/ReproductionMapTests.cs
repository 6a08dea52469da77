using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Tests.Reproduction;

/// <summary>
/// The mapping against the real transcription and the committed cohort. Nothing here names a recomputed
/// number: the expected values are read from the results, so a new cohort does not break these tests.
/// </summary>
public sealed class ReproductionMapTests
{
    private static readonly PublishedPaper Paper = PublishedPaper.Load(RepositoryPaths.Data("published.yaml"));
    private static readonly PaperResults Results = PaperAnalysis.Run(CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records, ConventionsProfile.Spss18);
    private static readonly IReadOnlyList<PublishedNumber> Numbers = PublishedNumbers.Read(Paper);

    private static Resolution Resolve(string path) => ReproductionMap.Resolve(Numbers.Single(n => n.Path == path), Results);

    [Fact]
    public void Every_published_number_has_a_counterpart_or_a_declared_reason()
    {
        var undeclared = Numbers.Where(n => ReproductionMap.Resolve(n, Results).Reason == NoCounterpart.Undeclared).Select(n => n.Path).ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_path_the_map_declares_is_in_the_transcription()
    {
        // A renamed key in published.yaml must fail here, not silently lose its comparison.
        var paths = Numbers.Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(ReproductionMap.DeclaredPaths, p => Assert.Contains(p, paths));
    }

    [Fact]
    public void Table_1_and_Table_2_are_mapped_by_structure()
    {
        foreach (var number in Numbers.Where(n => n.Section is PaperSection.Table1 or PaperSection.Table2 && !n.Path.Contains(".multivariate.", StringComparison.Ordinal)))
        {
            Assert.True(ReproductionMap.Resolve(number, Results).Reason is null, number.Path);
        }

        var kps = Results.Factor("kps_preop");
        Assert.Equal(kps.Coefficient.HazardRatio, Resolve("table2.rows.kps_preop.univariate.hr").Counterparts.Single().Value);
        Assert.Equal(kps.Coefficient.ConfidenceInterval.Lower, Resolve("table2.rows.kps_preop.univariate.ci_low").Counterparts.Single().Value);
        var level = Results.Table1.Blocks.Single(b => b.Key == "hb").Levels.Single(l => l.Key == "lt11");
        Assert.Equal(level.Count, Resolve("table1.characteristics.hb.levels.lt11.count").Counterparts.Single().Value);
        Assert.Equal(100.0 * level.Count / Results.Patients, Resolve("table1.characteristics.hb.levels.lt11.percent").Counterparts.Single().Value, 12);
    }

    [Fact]
    public void Table_2_p_values_are_Wald_and_the_texts_are_log_rank()
    {
        var table = Resolve("table2.rows.kps_preop.univariate.p").Counterparts.Single();
        Assert.Equal(Results.Factor("kps_preop").Coefficient.P, table.Value);
        Assert.Equal(QuantityKind.PValue, table.Kind);
        var text = Resolve("text.results_survival.univariate_p_text.values.kps_preop.value").Counterparts.Single();
        Assert.Equal(Results.Factor("kps_preop").LogRankP, text.Value);
        Assert.Contains("log-rank", text.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multivariate_number_of_a_factor_outside_the_rebuilt_model_has_no_counterpart_and_says_why()
    {
        foreach (var row in Paper.Keys("table2.rows").Where(r => Paper.Has($"table2.rows.{r}.multivariate")))
        {
            var resolution = Resolve($"table2.rows.{row}.multivariate.hr");
            if (Results.Multivariate.Coefficient(row) is { } c)
            {
                Assert.Equal(c.HazardRatio, resolution.Counterparts.Single().Value);
            }
            else
            {
                Assert.Contains("did not enter the rebuilt multivariate model", resolution.Reason, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void One_print_for_two_groups_is_compared_with_each()
    {
        var each = Resolve("text.results_patients.visceral_none_single.count_each").Counterparts;
        var block = Results.Table1.Blocks.Single(b => b.Key == "visceral_mets");
        Assert.Equal([block.Levels[0].Count, block.Levels[1].Count], each.Select(c => (int)c.Value));
    }

    [Fact]
    public void The_literature_and_the_patient_flow_have_no_counterpart()
    {
        Assert.StartsWith("Another study's number", Resolve("text.discussion.disc_lu_n.value").Reason, StringComparison.Ordinal);
        Assert.StartsWith("Figure 1's patient flow", Resolve("text.figure1_flow.fd_total.value").Reason, StringComparison.Ordinal);
        Assert.StartsWith("A threshold of the analysis", Resolve("meta.p_significance.value").Reason, StringComparison.Ordinal);
    }
}
