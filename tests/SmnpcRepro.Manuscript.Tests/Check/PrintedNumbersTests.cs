using System.Text.RegularExpressions;
using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Manuscript.Rendering;
using SmnpcRepro.Manuscript.Tests.Rendering;

namespace SmnpcRepro.Manuscript.Tests.Check;

/// <summary>
/// numbers.json is what the manuscript prints: every print appears in manuscript.md, Table 2's numbers
/// compose its cells, p-values carry their significance. Read from the committed cohort; no number is named here.
/// </summary>
public sealed partial class PrintedNumbersTests
{
    private static readonly Lazy<(PaperResults Results, IReadOnlyList<ManuscriptDocument> Documents, NumbersFile Numbers)> Built = new(() =>
    {
        var cohort = CohortCsv.Read(RepositoryPaths.Data("cohort.csv"));
        var results = PaperAnalysis.Run(cohort.Records, ConventionsProfile.Spss18);
        var documents = ManuscriptBuilder.Build(results, cohort.Missing, [], ManuscriptSnapshotTests.FixedEnvironment, new TemplateRenderer(RepositoryPaths.Templates));
        var numbers = NumbersJson.Parse(documents.Single(d => d.RelativePath == PrintedNumbers.FileName).Content, PrintedNumbers.FileName);
        return (results, documents, numbers);
    });

    private static NumbersFile Numbers => Built.Value.Numbers;

    private static string Markdown => Built.Value.Documents.Single(d => d.RelativePath == ManuscriptBuilder.MainDocument).Content;

    [Fact]
    public void The_build_writes_numbers_json_with_the_profile_and_the_thresholds()
    {
        Assert.Equal(NumbersFile.CurrentSchema, Numbers.Schema);
        Assert.Equal("spss18", Numbers.Profile);
        Assert.Equal(ConventionsProfile.Spss18.SignificanceLevel, Numbers.SignificanceLevel);
        Assert.Equal(ConventionsProfile.Spss18.EntryThreshold, Numbers.EntryThreshold);
        Assert.Equal(Built.Value.Results.Multivariate.Entered.Select(f => f.Key), Numbers.MultivariateModel.Entered.Select(f => f.Key));
    }

    [Fact]
    public void Every_printed_number_appears_in_the_manuscript()
    {
        Assert.All(Numbers.Numbers, n => Assert.Contains(n.Printed, Markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_are_stable_dotted_names_and_places_name_the_table_or_section()
    {
        Assert.All(Numbers.Numbers, n => Assert.Matches(IdPattern(), n.Id));
        Assert.All(Numbers.Numbers, n => Assert.Matches(WherePattern(), n.Where));
        foreach (var factor in Built.Value.Results.Univariate)
        {
            Assert.Contains(Numbers.Numbers, n => n.Id == $"table2.{factor.Factor.Key}.univariate.hr" && n.Where == $"Table 2, {factor.Factor.Label}, univariate HR");
        }
    }

    [Fact]
    public void Table_2s_numbers_compose_its_cells()
    {
        var table = ManuscriptBuilder.Model(Built.Value.Results, [], [], ManuscriptSnapshotTests.FixedEnvironment).Table2;
        var rows = table.Rows.Where(r => !r.IsHeader).ToList();
        var results = Built.Value.Results;
        for (var i = 0; i < results.Univariate.Count; i++)
        {
            var key = results.Univariate[i].Factor.Key;
            string Printed(string id) => Numbers.Numbers.Single(n => n.Id == $"table2.{key}.{id}").Printed;
            var cells = rows[i].Cells;
            Assert.StartsWith($"{Printed("univariate.hr")}({Printed("univariate.ci_low")}, {Printed("univariate.ci_high")})", cells[0], StringComparison.Ordinal);
            Assert.Equal(Printed("univariate.p"), cells[1]);
            Assert.Equal(Printed("log_rank.p"), cells[2]);
            if (results.Multivariate.Coefficient(key) is not null)
            {
                Assert.StartsWith($"{Printed("multivariate.hr")}({Printed("multivariate.ci_low")}–{Printed("multivariate.ci_high")})", cells[3], StringComparison.Ordinal);
                Assert.StartsWith(Printed("multivariate.p"), cells[4], StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(Numbers.Numbers, n => n.Id.StartsWith($"table2.{key}.multivariate.", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void P_values_carry_their_significance_the_selection_test_also_its_side_of_the_entry_threshold_and_other_numbers_none()
    {
        // The paper screens by the log-rank test: only its P (Table 2's log-rank column and the Results' screening
        // list) decides entry, so only those are judged against the entry threshold (issue: flips at the entry
        // threshold only for the test that decides entry).
        foreach (var n in Numbers.Numbers)
        {
            var isP = n.Where.EndsWith(" P", StringComparison.Ordinal) || n.Id.EndsWith(".p", StringComparison.Ordinal);
            var decidesEntry = isP && ((n.Id.StartsWith("table2.", StringComparison.Ordinal) && n.Id.EndsWith(".log_rank.p", StringComparison.Ordinal)) || n.Id.StartsWith("text.survival.univariate.", StringComparison.Ordinal));
            Assert.Equal(isP, n.Significant is not null);
            Assert.True(decidesEntry == (n.WithinEntryThreshold is not null), n.Id);
            if (isP && n.Value is { } p)
            {
                Assert.Equal(p <= Numbers.SignificanceLevel, n.Significant);
                Assert.Equal(decidesEntry ? p <= Numbers.EntryThreshold : null, n.WithinEntryThreshold);
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:[._][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(Table [12]|Results, |Figure \d caption)")]
    private static partial Regex WherePattern();
}
