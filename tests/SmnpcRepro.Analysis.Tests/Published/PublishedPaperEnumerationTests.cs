using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Tests.Published;

public sealed class PublishedPaperEnumerationTests
{
    private const string Yaml = """
        rows:
          b: {label: B}
          a: {label: A}
        items:
        - key: first
          value: 1
        - value: 2
        names: [x, y]
        """;

    private static readonly PublishedPaper Paper = PublishedPaper.Parse(Yaml, "t.yaml");

    [Fact]
    public void Keys_of_a_mapping_in_file_order_and_of_a_list_by_key_or_index()
    {
        Assert.Equal(["b", "a"], Paper.Keys("rows"));
        Assert.Equal(["first", "1"], Paper.Keys("items"));
        Assert.Equal(2, Paper.Integer("items.1.value"));
        Assert.Empty(Paper.Keys("rows.a.label"));
        Assert.Throws<KeyNotFoundException>(() => Paper.Keys("nothing"));
    }

    [Fact]
    public void Optional_text_and_lists_of_values()
    {
        Assert.Equal("A", Paper.TryText("rows.a.label"));
        Assert.Null(Paper.TryText("rows.a"));
        Assert.Null(Paper.TryText("rows.c.label"));
        Assert.Equal(["x", "y"], Paper.Texts("names"));
        Assert.Empty(Paper.Texts("nothing"));
    }
}
