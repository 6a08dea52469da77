using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Tests.Published;

/// <summary>Which numbers of a transcription are read, with which precision, from its structure alone.</summary>
public sealed class PublishedNumbersTests
{
    private const string Yaml = """
        meta:
          n_patients: {printed: '30', value: 30, source: Abstract}
        table1:
          characteristics:
            sex:
              label: Sex
              source: Table 1
              summary: {printed: Mean (46), statistic: mean, value: 46}
              levels:
              - {key: m, label: Male, count: {printed: '4', value: 4}, percent: {printed: '40', value: 40.0}}
        table2:
          rows:
            sex:
              label: Sex
              source: Table 2
              univariate: {printed: '1.464(0.590, 3.632)', hr: 1.464, ci_low: 0.59, ci_high: 3.632, p_printed: '0.0900', p: 0.09}
        text:
          results_survival:
          - key: os_median
            printed: The median OS was 20.26
            value: 20.26
            source: Results
          - key: ratio
            printed: 'the ratio was 4:1'
            value: [4, 1]
            source: Results
          - key: groups
            printed: medians 34.11 and 11.6
            values:
              a: {printed: '34.11', value: 34.11, n: 9}
            note: not a number
            source: Results
          discussion:
          - key: insignificant
            printed: insignificant (p>0.1)
            value: 0.1
            relation: '>'
            source: Discussion
          - key: flow
            value_not_printed: 10
            source: Discussion
        """;

    private static readonly IReadOnlyList<PublishedNumber> Numbers = PublishedNumbers.Read(PublishedPaper.Parse(Yaml, "t.yaml"));

    private static PublishedNumber At(string path) => Numbers.Single(n => n.Path == path);

    [Fact]
    public void Every_number_in_file_order_with_its_section()
    {
        Assert.Equal(
            [
                "meta.n_patients.value",
                "table1.characteristics.sex.summary",
                "table1.characteristics.sex.levels.m.count",
                "table1.characteristics.sex.levels.m.percent",
                "table2.rows.sex.univariate.hr",
                "table2.rows.sex.univariate.ci_low",
                "table2.rows.sex.univariate.ci_high",
                "table2.rows.sex.univariate.p",
                "text.results_survival.os_median.value",
                "text.results_survival.ratio.value.0",
                "text.results_survival.ratio.value.1",
                "text.results_survival.groups.values.a.value",
                "text.results_survival.groups.values.a.n",
                "text.discussion.insignificant.value",
            ],
            Numbers.Select(n => n.Path));
        Assert.Equal(PaperSection.Methods, At("meta.n_patients.value").Section);
        Assert.Equal(PaperSection.ResultsText, At("text.results_survival.os_median.value").Section);
        Assert.Equal("Survival", At("text.results_survival.os_median.value").Subsection);
        Assert.Equal(PaperSection.Discussion, At("text.discussion.insignificant.value").Section);
    }

    [Fact]
    public void Table_cells_keep_their_printed_precision()
    {
        // The YAML's value 0.59 lost the printed trailing zero; the cell keeps it.
        Assert.Equal(3, At("table2.rows.sex.univariate.ci_low").Printed.Decimals);
        Assert.Equal("0.0900", At("table2.rows.sex.univariate.p").Printed.Text);
        Assert.Equal("46", At("table1.characteristics.sex.summary").Printed.Text);
        Assert.Equal("Sex, univariate HR, lower 95% limit", At("table2.rows.sex.univariate.ci_low").Name);
        Assert.Equal("Table 2", At("table2.rows.sex.univariate.ci_low").Source);
    }

    [Fact]
    public void A_value_takes_its_precision_and_bound_from_the_print()
    {
        Assert.Equal("20.26", At("text.results_survival.os_median.value").Printed.Text);
        Assert.Equal("34.11", At("text.results_survival.groups.values.a.value").Printed.Text);
        // "(p>0.1)" with relation '>': a bound, not the number 0.1.
        Assert.Equal(PrintedRelation.Greater, At("text.discussion.insignificant.value").Printed.Relation);
        Assert.Equal("groups, a", At("text.results_survival.groups.values.a.value").Name);
    }
}
