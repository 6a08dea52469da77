using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class CutPointSideRuleTests
{
    private static readonly CutPointLevel[] Levels = [new(At("low"), "<245", 24), new(At("high"), "≥245", 6)];

    [Fact]
    public void A_count_on_the_stated_side_agrees()
    {
        var finding = CutPointSideRule.Check("x", Here, "<", 245, 24, Levels);
        Assert.Equal(FindingClass.Consistent, finding.Class);
        Assert.Equal(3, finding.Where.Count); // the sentence and both table levels
    }

    [Fact]
    public void A_count_on_the_other_side_is_a_reversed_direction()
    {
        var finding = CutPointSideRule.Check("x", Here, ">", 245, 24, Levels);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Contains("the side is reversed", finding.Computation, StringComparison.Ordinal);
        Assert.NotNull(finding.SuggestedEdit);
    }

    [Fact]
    public void A_count_on_neither_side_is_certain_and_a_boundary_difference_is_noted()
    {
        Assert.Contains("neither is 20", CutPointSideRule.Check("x", Here, ">", 245, 20, Levels).Computation, StringComparison.Ordinal);
        // ">245" (text) against "≥245" (table): the count agrees; only a value of exactly 245 is placed differently.
        var boundary = CutPointSideRule.Check("x", Here, ">", 245, 6, Levels);
        Assert.Equal(FindingClass.Consistent, boundary.Class);
        Assert.Contains("exactly 245", boundary.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_table_levels_at_that_cut_point_cannot_decide()
    {
        Assert.Equal(FindingClass.Ambiguity, CutPointSideRule.Check("x", Here, "<", 200, 24, Levels).Class);
        Assert.Throws<ArgumentException>(() => CutPointSideRule.Check("x", Here, "=", 245, 24, Levels));
    }

    [Theory]
    [InlineData("LDH level in 24 (80%) patients was more than 245 IU/L", ">")]
    [InlineData("ALP of the 22 (73.33%) was less than 110", "<")]
    [InlineData("Ki67 greater than 30%", ">")]
    [InlineData("Hb of 11 g/dL", null)]
    public void The_relation_is_read_from_words(string phrase, string? relation) =>
        Assert.Equal(relation, CutPointSideRule.RelationInWords(phrase));

    [Theory]
    [InlineData("<245", true, 245, false)]
    [InlineData("≥245", false, 245, true)]
    [InlineData("≤46", true, 46, true)]
    [InlineData(">46", false, 46, false)]
    [InlineData("<30%", true, 30, false)]
    [InlineData("≥30％", false, 30, true)]
    public void Level_labels_are_read_as_side_cut_and_inclusion(string label, bool lower, int cut, bool includes) =>
        Assert.Equal(new CutPointLabel(lower, cut, includes), CutPointLabel.TryParse(label));

    [Fact]
    public void A_label_without_a_cut_point_is_not_one() => Assert.Null(CutPointLabel.TryParse("Male"));
}
