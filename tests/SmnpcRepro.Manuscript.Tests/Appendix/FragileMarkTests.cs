using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Cohort;
using SmnpcRepro.Manuscript.ViewModels;
using SmnpcRepro.Manuscript.ViewModels.Appendix;

namespace SmnpcRepro.Manuscript.Tests.Appendix;

/// <summary>Fragile estimates marked where Table 2 prints them, on made-up edits of the frozen cohort; the rule's text from the rule applied.</summary>
public sealed class FragileMarkTests
{
    private static readonly IReadOnlyList<CohortRecord> Frozen = CohortCsv.Read(RepositoryPaths.Data("cohort.csv")).Records;

    [Fact]
    public void A_monotone_likelihood_is_marked_in_Table_2_and_its_footnote_says_why()
    {
        // Hb < 11 g/dL for exactly the censored patients: nobody in the exposure group dies (monotone likelihood).
        var cohort = Frozen.Select(p => p with { Hb = p.Death ? 13.0 : 10.0 }).ToArray();
        var table = Table2(cohort);
        Assert.EndsWith(Table2View.FragileMark, Row(table, "hb").Cells[0], StringComparison.Ordinal);
        var note = Assert.Single(table.Notes, n => n.StartsWith(Table2View.FragileMark, StringComparison.Ordinal));
        Assert.Contains("Hb (g/dL) (univariate): ", note, StringComparison.Ordinal);
        Assert.Contains("monotone likelihood", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_five_events_per_variable_mark_every_univariate_estimate()
    {
        var deaths = 0;
        var cohort = Frozen.Select(p => p.Death && ++deaths <= 4 ? p : p with { Death = false }).ToArray();
        var table = Table2(cohort);
        var rows = table.Rows.Where(r => !r.IsHeader).ToArray();
        Assert.Equal(15, rows.Length);
        Assert.All(rows, r => Assert.EndsWith(Table2View.FragileMark, r.Cells[0].Replace("†", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains(table.Notes, n => n.Contains("4.0 events per variable", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_fragile_estimates_Table_2_has_no_mark_and_no_footnote()
    {
        var results = PaperAnalysis.Run(Frozen, ConventionsProfile.Spss18);
        var table = Table2View.From(results, []);
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c.Contains(Table2View.FragileMark, StringComparison.Ordinal));
        Assert.DoesNotContain(table.Notes, n => n.StartsWith(Table2View.FragileMark, StringComparison.Ordinal));
    }

    [Fact]
    public void The_printed_shift_rule_is_read_from_the_rule_the_comparison_applied()
    {
        var results = PaperAnalysis.Run(Frozen, ConventionsProfile.Spss18);
        var firth = FirthComparison.Compute(Frozen, results);
        Assert.Same(InstabilityRule.Appendix, firth.Rule);
        Assert.Equal("a factor of 1.2 either way (|ln HR(Firth) − ln HR| > ln 1.2: a rise of more than 20.0% or a fall of more than 16.7%)", FirthView.ShiftRule(firth.Rule));
        // Table 2's footnote prints the same object's text.
        Assert.Contains(FirthView.ShiftRule(FragilityRule.Table2.Instability), Table2View.FragileNote([], FragilityRule.Table2), StringComparison.Ordinal);
        Assert.Same(firth.Rule, FragilityRule.Table2.Instability);
    }

    private static TableView Table2(IReadOnlyList<CohortRecord> cohort)
    {
        var results = PaperAnalysis.Run(cohort, ConventionsProfile.Spss18);
        return Table2View.From(results, FragileEstimates.Assess(results, FirthComparison.Compute(cohort, results), FragilityRule.Table2));
    }

    private static TableRowView Row(TableView table, string key)
    {
        var factor = SmnpcRepro.Analysis.Factors.PaperFactors.ByKey(key);
        var header = table.Rows.ToList().FindIndex(r => r.IsHeader && r.Label.StartsWith(factor.Label, StringComparison.Ordinal));
        return table.Rows[header + 1];
    }
}
