using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class ModelEntryRuleTests
{
    private static FindingClass One(string p, bool entered, bool? printed = true, string threshold = "≤0.10") =>
        ModelEntryRule.Check(N(threshold), [new CandidateFactor("f", Here, N(p), entered, printed)]).Single().Class;

    [Fact]
    public void Factors_that_follow_the_rule()
    {
        Assert.Equal(FindingClass.Consistent, One("0.08", entered: true));
        Assert.Equal(FindingClass.Consistent, One("0.0950", entered: true)); // [0.09495, 0.09505] ≤ 0.10
        Assert.Equal(FindingClass.Consistent, One("0.303", entered: false, printed: false));
    }

    [Fact]
    public void Factors_that_break_the_rule_are_certain()
    {
        Assert.Equal(FindingClass.CertainError, One("0.2", entered: true));
        Assert.Equal(FindingClass.CertainError, One("0.05", entered: false));
    }

    [Fact]
    public void Straddling_prints_and_unprinted_adjusted_estimates_are_ambiguities()
    {
        Assert.Equal(FindingClass.Ambiguity, One("0.10", entered: true)); // [0.095, 0.105] straddles 0.10: may be 0.104
        Assert.Equal(FindingClass.Ambiguity, One("0.1", entered: true, threshold: "<0.10")); // [0.05, 0.15] straddles 0.10
        Assert.Equal(FindingClass.Ambiguity, One("0.03", entered: true, printed: false));
        Assert.Equal(FindingClass.Consistent, One("0.03", entered: true, printed: null)); // not asked here
    }
}
