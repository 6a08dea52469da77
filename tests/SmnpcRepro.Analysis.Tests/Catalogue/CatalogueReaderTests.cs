using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Tests.Catalogue;

/// <summary>data/catalogue.yaml read into typed entries: its rules, every problem at once with file(line,col), and the matching of published paths.</summary>
public sealed class CatalogueReaderTests
{
    private const string Valid = """
        printed:
          - id: text.patients.total
            published:
              meta.n_patients.value: "Methods: patients studied"
          - id: [text.patients.male.count, text.patients.female.count]
            derive: ratio
            published: { text.discussion.disc_sex_ratio.value.0: "Discussion: male-to-female ratio" }
            note: compared as men per woman
          - id: "text.survival.univariate.{factor}.p"
            factor: "{factor}"
            published:
              "text.results_survival.univariate_p_text.values.{factor}.value": "Results: univariate P, {label}"
        not_printed:
          - { published: meta.p_significance, reason: "A threshold." }
        """;

    private static PublishedNumber Number(string path, PaperSection section = PaperSection.ResultsText) =>
        new(path, section, string.Empty, path, string.Empty, PrintedNumber.Parse("1"));

    [Fact]
    public void A_valid_catalogue_reads_into_typed_entries()
    {
        var catalogue = CatalogueReader.Parse(Valid, "c.yaml");
        Assert.Equal(3, catalogue.Entries.Count);
        Assert.Equal(CatalogueDerivation.Ratio, catalogue.Entries[1].Derivation);
        Assert.Equal(["text.patients.male.count", "text.patients.female.count"], catalogue.Entries[1].Ids);
        Assert.Equal("compared as men per woman", catalogue.Entries[1].Note);
        Assert.Equal("A threshold.", catalogue.NotPrinted.Single().Reason);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_line_and_column()
    {
        const string Bad = """
            printed:
              - id: text.a
                published: { meta.x: "" }
                derive: sum
              - published: { meta.y: "Y" }
                colour: red
            not_printed:
              - { published: meta.z }
            extra: 1
            """;
        var e = Assert.Throws<InvalidDataException>(() => CatalogueReader.Parse(Bad, "c.yaml"));
        var lines = e.Message.Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith("c.yaml(3,18): error:", StringComparison.Ordinal) && l.Contains("reader's name", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c.yaml(4,13): error: 'derive' must be 'ratio'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c.yaml(6,5): error: unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c.yaml(5,5): error: 'id' must be", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c.yaml(8,5): error: a 'not_printed' item", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c.yaml(9,1): error: unknown key 'extra'", StringComparison.Ordinal));
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Factor_entries_expand_over_the_plan_and_name_the_factor()
    {
        var catalogue = CatalogueReader.Parse(Valid, "c.yaml");
        var match = catalogue.Match(Number("text.results_survival.univariate_p_text.values.ki67.value"), PaperPlan.Compiled).Single();
        Assert.Equal("text.survival.univariate.ki67.p", match.Ids.Single());
        Assert.Equal("ki67", match.Factor);
        Assert.Equal("Results: univariate P, Ki67", match.Label);
    }

    [Fact]
    public void Tables_are_matched_by_structure_and_the_rest_by_declaration_or_reason()
    {
        var catalogue = CatalogueReader.Parse(Valid, "c.yaml");
        var plan = PaperPlan.Compiled;
        Assert.Equal("table2.mit.univariate.hr", catalogue.Match(Number("table2.rows.mit.univariate.hr", PaperSection.Table2), plan).Single().Ids.Single());
        Assert.Equal(PrintedNumberCatalogue.TablePValueNote, catalogue.Match(Number("table2.rows.mit.univariate.p", PaperSection.Table2), plan).Single().Note);
        Assert.Equal("table1.surgical_option.e_a.percent", catalogue.Match(Number("table1.characteristics.treatment.levels.e_a.percent", PaperSection.Table1), plan).Single().Ids.Single());
        Assert.Equal("A threshold.", catalogue.Match(Number("meta.p_significance.value", PaperSection.Methods), plan).Single().Reason);
        Assert.Equal(PrintedNumberCatalogue.Undeclared, catalogue.Match(Number("text.results_survival.unknown.value"), plan).Single().Reason);
        Assert.StartsWith("Figure 1's patient flow", catalogue.Match(Number("text.figure1_flow.fd_total.value", PaperSection.Figure1), plan).Single().Reason, StringComparison.Ordinal);
    }
}
