using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Codings;

namespace SmnpcRepro.Analysis.Tests.Codings;

public sealed class CutPointTests
{
    [Theory]
    [InlineData(10.9, 0)]
    [InlineData(11.0, 1)] // the paper's "<11 / ≥11": the cut-point itself is in the upper group
    [InlineData(11.1, 1)]
    public void Strict_lower_group_puts_the_threshold_above(double hb, int expected) =>
        Assert.Equal(expected, PaperPlan.CutOf("hb").Classify(hb));

    [Theory]
    [InlineData(46, 0)] // the paper's "≤46 / >46": 46 is in the lower group
    [InlineData(47, 1)]
    public void Inclusive_lower_group_puts_the_threshold_below(int age, int expected) =>
        Assert.Equal(expected, PaperPlan.CutOf("age").Classify(age));

    [Fact]
    public void Labels_are_the_papers()
    {
        Assert.Equal(("≤46", ">46"), (PaperPlan.CutOf("age").LowerLabel, PaperPlan.CutOf("age").UpperLabel));
        Assert.Equal(("<30%", "≥30%"), (PaperPlan.CutOf("ki67").LowerLabel, PaperPlan.CutOf("ki67").UpperLabel));
        Assert.Equal(("<245", "≥245"), (PaperPlan.CutOf("ldh").LowerLabel, PaperPlan.CutOf("ldh").UpperLabel));
    }
}
