using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Tests.Compare;

/// <summary>
/// The catalogue of printed numbers against the frozen transcription, catalogue and cohort: every published
/// number is matched or listed with its reason, every path the catalogue names is in the transcription, and
/// every id it names is a number the manuscript prints (so a renamed key fails here instead of quietly
/// becoming "no counterpart"). Expected values are read from the results, never named.
/// </summary>
public sealed class CatalogueTests
{
    private static readonly PublishedPaper Paper = FrozenComparison.Paper;
    private static readonly PrintedNumberCatalogue Catalogue = FrozenComparison.Catalogue;
    private static readonly PaperResults Results = FrozenComparison.Results;
    private static readonly IReadOnlyList<PublishedNumber> Numbers = PublishedNumbers.Read(Paper);
    private static readonly IReadOnlyDictionary<string, PrintedValue> Printed = FrozenComparison.Printed;

    private static Resolution Resolve(string path) =>
        Counterparts.Resolve(Catalogue.Match(Numbers.Single(n => n.Path == path), Results.Plan), Printed, Results);

    [Fact]
    public void Every_published_number_is_in_the_catalogue_or_listed_with_its_reason()
    {
        var undeclared = Numbers.Where(n => Catalogue.Match(n, Results.Plan).Any(m => m.Reason == PrintedNumberCatalogue.Undeclared)).Select(n => n.Path).ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_path_the_catalogue_names_is_in_the_transcription()
    {
        // A renamed key in published.yaml must fail here, not silently lose its comparison. An entry over
        // every factor ({factor}) must name at least one path the transcription has.
        var paths = Numbers.Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Catalogue.Entries)
        {
            if (entry.Factor == "{factor}")
            {
                var expanded = new PrintedNumberCatalogue("t", [entry], []).DeclaredPaths(Results.Plan);
                Assert.Contains(expanded, paths.Contains);
            }
            else
            {
                Assert.All(entry.Published, p => Assert.Contains(p.Path, paths));
            }
        }

        Assert.All(Catalogue.NotPrinted, n => Assert.Contains(paths, p => p.StartsWith(n.Prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_id_the_catalogue_names_is_printed_by_the_manuscript()
    {
        // Each published number the catalogue matches resolves to printed ids, or to a reason the plan or the
        // model gives (a factor outside the rebuilt multivariate model) — never to an id nobody prints.
        foreach (var number in Numbers)
        {
            foreach (var match in Catalogue.Match(number, Results.Plan).Where(m => m.Reason is null))
            {
                var missing = match.Ids.Where(id => !Printed.ContainsKey(id)).ToList();
                Assert.True(
                    missing.Count == 0 || (missing.All(id => id.Contains(".multivariate.", StringComparison.Ordinal)) && match.Factor is { } f && Results.Multivariate.Coefficient(f) is null),
                    $"{number.Path} names {string.Join(", ", missing)}, which the manuscript does not print.");
            }
        }
    }

    [Fact]
    public void Every_number_of_the_text_and_of_table_2_is_compared_unless_its_factor_left_the_model()
    {
        foreach (var number in Numbers.Where(n => n.Section is PaperSection.Table1 or PaperSection.Table2 or PaperSection.ResultsText))
        {
            var matches = Catalogue.Match(number, Results.Plan);
            if (matches.Any(m => m.Reason is not null))
            {
                continue;
            }

            var resolution = Counterparts.Resolve(matches, Printed, Results);
            Assert.True(
                resolution.Reason is null || resolution.Reason.Contains("did not enter the rebuilt multivariate model", StringComparison.Ordinal),
                $"{number.Path}: {resolution.Reason}");
        }
    }

    [Fact]
    public void Every_number_the_reconstruction_targets_is_a_catalogue_id_the_manuscript_prints()
    {
        // The reconstruction reads its targets through the catalogue: each carries the id its published number is
        // matched to, and the manuscript prints that id, so the targets, the reproduction report and numbers.json
        // speak of the same numbers.
        var targets = ReconstructionTargets.From(Paper, Catalogue);
        var fitted = targets.Where(t => t.Relation == TargetRelation.Equal).ToList();
        Assert.NotEmpty(fitted);
        foreach (var target in fitted)
        {
            var number = Numbers.Single(n => n.Path == target.Source);
            Assert.Contains(target.Id, Catalogue.Match(number, Results.Plan).SelectMany(m => m.Ids));
        }

        foreach (var target in targets)
        {
            Assert.True(
                Printed.ContainsKey(target.Id) || (target.Id.Contains(".multivariate.", StringComparison.Ordinal) && Results.Multivariate.Coefficient(target.Quantity.FactorKey!) is null),
                $"{target.Source} → {target.Id}, which the manuscript does not print.");
        }

        // Every Table 2 cell and every survival number of the text the catalogue matches to a result the search evaluates is a target.
        var ids = SurvivalQuantities.ById();
        var expected = Numbers
            .Where(n => n.Section != PaperSection.Abstract && n.Printed.Relation == PrintedRelation.Equal)
            .Count(n => Catalogue.Match(n, PaperPlan.Compiled).Any(m => m.Reason is null && m.Ids is [var id] && ids.ContainsKey(id)));
        Assert.Equal(expected, fitted.Count);
    }

    [Fact]
    public void Table_1_and_Table_2_are_matched_by_structure_with_the_plans_keys()
    {
        var kps = Results.Factor("kps_preop");
        Assert.Equal(kps.Coefficient.HazardRatio, Resolve("table2.rows.kps_preop.univariate.hr").Counterparts.Single().Value, 9);
        Assert.Equal(kps.Coefficient.ConfidenceInterval.Lower, Resolve("table2.rows.kps_preop.univariate.ci_low").Counterparts.Single().Value, 9);
        var level = Results.Table1.Blocks.Single(b => b.Key == "hb").Levels.Single(l => l.Key == "lt11");
        Assert.Equal(level.Count, Resolve("table1.characteristics.hb.levels.lt11.count").Counterparts.Single().Value);
        Assert.Equal(100.0 * level.Count / Results.Patients, Resolve("table1.characteristics.hb.levels.lt11.percent").Counterparts.Single().Value, 6);

        // The paper's own Table 1 keys (published.yaml's spine_mets_number, treatment) reach the plan's one key per variable.
        Assert.Equal("table1.spine_mets_count.single.count", Catalogue.Match(Numbers.Single(n => n.Path == "table1.characteristics.spine_mets_number.levels.single.count"), Results.Plan).Single().Ids.Single());
        Assert.Equal("table1.surgical_option.e_a.count", Catalogue.Match(Numbers.Single(n => n.Path == "table1.characteristics.treatment.levels.e_a.count"), Results.Plan).Single().Ids.Single());
    }

    [Fact]
    public void Table_2_p_values_are_Wald_and_the_texts_are_log_rank()
    {
        var table = Resolve("table2.rows.kps_preop.univariate.p").Counterparts.Single();
        Assert.Equal(Results.Factor("kps_preop").Coefficient.P, table.Value, 9);
        Assert.Equal(QuantityKind.PValue, table.Kind);
        var text = Resolve("text.results_survival.univariate_p_text.values.kps_preop.value").Counterparts.Single();
        Assert.Equal(Results.Factor("kps_preop").LogRankP, text.Value, 9);
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
                Assert.Equal(c.HazardRatio, resolution.Counterparts.Single().Value, 9);
            }
            else
            {
                Assert.Contains("did not enter the rebuilt multivariate model", resolution.Reason, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void One_print_for_two_groups_is_compared_with_each_and_a_ratio_with_the_quotient()
    {
        var each = Resolve("text.results_patients.visceral_none_single.count_each").Counterparts;
        var block = Results.Table1.Blocks.Single(b => b.Key == "visceral_mets");
        Assert.Equal([block.Levels[0].Count, block.Levels[1].Count], each.Select(c => (int)c.Value));
        var ratio = Resolve("text.discussion.disc_sex_ratio.value.0").Counterparts.Single();
        Assert.Equal((double)Results.Summary.Male / Results.Summary.Female, ratio.Value, 9);
    }

    [Fact]
    public void The_literature_the_patient_flow_and_the_thresholds_are_not_printed_and_say_why()
    {
        Assert.StartsWith("Another study's number", Resolve("text.discussion.disc_lu_n.value").Reason, StringComparison.Ordinal);
        Assert.StartsWith("Figure 1's patient flow", Resolve("text.figure1_flow.fd_total.value").Reason, StringComparison.Ordinal);
        Assert.StartsWith("A threshold of the analysis", Resolve("meta.p_significance.value").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_numbers_carry_the_readers_name()
    {
        var result = ReproductionComparison.Run(Paper, Catalogue, Results, Printed.Values);
        Assert.Contains(result.Compared, c => c.Published.Path == "text.discussion.disc_age_median.value" && c.Published.Name == "Discussion: median age (years)");
    }

    [Fact]
    public void The_compare_verbs_numbers_are_the_builds()
    {
        // smnpc compare collects the printed numbers without rendering; they must be those smnpc build writes.
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var model = ManuscriptBuilder.Model(Results, cohort.Missing, [], Rendering.ManuscriptSnapshotTests.FixedEnvironment);
        Assert.Equal(PrintedNumbers.From(Results, model).Numbers, PrintedNumbers.From(Results).Numbers);
    }
}
