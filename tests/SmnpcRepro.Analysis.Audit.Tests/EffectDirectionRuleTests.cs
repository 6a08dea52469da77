using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

/// <summary>
/// Two rows printed "low vs high" with HR &gt; 1. Reading A (per step along the listing, HR &gt; 1: the first listed
/// level has the lowest hazard) and reading B (first against the next, HR &gt; 1: the first listed has the highest).
/// </summary>
public sealed class EffectDirectionRuleTests
{
    private static DirectionClaim Claim(string name, string hr, int better) => new(name, [At(name)], N(hr), ["low", "high"], better);

    [Fact]
    public void Statements_that_one_reading_fits_are_consistent()
    {
        // HR 2 and HR 3, text: "low survives longer" both times — reading A fits both.
        var findings = EffectDirectionRule.Check([Claim("a", "2.0", 0), Claim("b", "3.0", 0)]);
        Assert.All(findings, f => Assert.Equal(FindingClass.Consistent, f.Class));
        Assert.Equal(2, findings.Count);

        // HR 0.5 with "high survives longer" is reading A too (hazard falls along the listing); HR 2 with "low survives longer" also A.
        Assert.All(EffectDirectionRule.Check([Claim("a", "0.5", 1), Claim("b", "2.0", 0)]), f => Assert.Equal(FindingClass.Consistent, f.Class));
    }

    [Fact]
    public void Statements_no_single_reading_fits_are_a_likely_error()
    {
        // Both HR > 1, one text says "high survives longer" (reading B), the other "low survives longer" (reading A).
        var finding = Assert.Single(EffectDirectionRule.Check([Claim("kps", "2.231", 1), Claim("ki67", "2.688", 0)]));
        Assert.Equal(FindingClass.LikelyError, finding.Class);
        Assert.Equal(2, finding.Where.Count);
        Assert.Contains("ki67 agrees, kps does not", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hazard_ratio_that_rounds_to_one_gives_no_direction()
    {
        var finding = Assert.Single(EffectDirectionRule.Check([Claim("a", "1.00", 0)]));
        Assert.Equal(FindingClass.Ambiguity, finding.Class);
    }

    [Fact]
    public void The_better_level_must_be_first_or_last()
    {
        var middle = new DirectionClaim("x", Here, N("2.0"), ["N", "S", "M"], 1);
        Assert.Throws<ArgumentException>(() => EffectDirectionRule.Check([middle]));
    }
}
