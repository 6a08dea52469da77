using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Tests.Published;

public sealed class PublishedPaperTests
{
    private static readonly PublishedPaper Paper = PublishedPaper.Load(RepositoryPaths.Data("published.yaml"));

    [Fact]
    public void Reads_values_by_mapping_keys_and_list_item_keys()
    {
        // published.yaml: table1.characteristics.gender.levels[key=male].count.value = 24
        Assert.Equal(24, Paper.Integer("table1.characteristics.gender.levels.male.count.value"));
        // text.results_survival[key=deaths].count = 19
        Assert.Equal(19, Paper.Integer("text.results_survival.deaths.count"));
        Assert.Equal(20.26, Paper.Number("text.results_survival.os_median.value"));
        Assert.Equal("1.749(0.603, 5.067)", Paper.Text("table2.rows.gender.univariate.printed"));
    }

    [Fact]
    public void A_missing_path_is_a_clear_error()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Paper.Number("table1.characteristics.gender.levels.other.count.value"));
        Assert.Contains("table1.characteristics.gender.levels.other.count.value", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: 'unterminated\n", "bad.yaml(")]
    [InlineData("a: [1, 2\nb: c", "bad.yaml: error")]
    [InlineData("- just\n- a list\n", "bad.yaml: error")]
    public void Invalid_yaml_names_the_file_and_where_known_the_line(string yaml, string start)
    {
        var e = Assert.Throws<InvalidDataException>(() => PublishedPaper.Parse(yaml, "bad.yaml"));
        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
    }
}
