using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class SignificanceClaimRuleTests
{
    private static readonly PrintedNumber AtMost005 = N("≤0.05");

    private static FindingClass Check(string p, SignificanceClaim claim, ClaimStrength strength = ClaimStrength.Stated, PrintedNumber? threshold = null) =>
        SignificanceClaimRule.Check("x", Here, N(p), claim, strength, threshold ?? AtMost005).Class;

    [Theory]
    [InlineData("0.03", SignificanceClaim.Significant)]
    [InlineData("<0.001", SignificanceClaim.Significant)]
    [InlineData("0.0094*", SignificanceClaim.Significant)]
    [InlineData("0.303", SignificanceClaim.NotSignificant)]
    [InlineData(">0.1", SignificanceClaim.NotSignificant)]
    public void Claims_that_match_the_threshold(string p, SignificanceClaim claim) =>
        Assert.Equal(FindingClass.Consistent, Check(p, claim));

    [Fact]
    public void A_p_above_the_threshold_called_significant_is_certain()
    {
        // 0.0749 stands for [0.07485, 0.07495], all above 0.05.
        Assert.Equal(FindingClass.CertainError, Check("0.0749", SignificanceClaim.Significant));
        Assert.Equal(FindingClass.CertainError, Check("0.09", SignificanceClaim.Significant));
        Assert.Equal(FindingClass.CertainError, Check("0.01", SignificanceClaim.NotSignificant));
    }

    [Fact]
    public void A_missing_star_is_only_an_ambiguity()
    {
        Assert.Equal(FindingClass.Ambiguity, Check("0.009", SignificanceClaim.NotSignificant, ClaimStrength.Marker));
        Assert.Equal(FindingClass.Consistent, Check("0.3", SignificanceClaim.NotSignificant, ClaimStrength.Marker));
    }

    [Fact]
    public void A_print_that_straddles_the_threshold_cannot_decide()
    {
        // "0.05" is [0.045, 0.055]; "0.050" is [0.0495, 0.0505]: both straddle 0.05.
        Assert.Equal(FindingClass.Ambiguity, Check("0.05", SignificanceClaim.Significant));
        Assert.Equal(FindingClass.Ambiguity, Check("0.050", SignificanceClaim.NotSignificant));
        // "p ≤ 0.05" meets "≤0.05" but not a strict "<0.05" (0.05 itself would fail it).
        Assert.Equal(FindingClass.Consistent, Check("≤0.05", SignificanceClaim.Significant));
        Assert.Equal(FindingClass.Ambiguity, Check("≤0.05", SignificanceClaim.Significant, threshold: N("<0.05")));
        Assert.Equal(FindingClass.Consistent, Check("<0.05", SignificanceClaim.Significant, threshold: N("<0.05")));
    }

    [Theory]
    [InlineData("preoperative KPS (p=0.0749) ... were statistically significant", SignificanceClaim.Significant)]
    [InlineData("were independent significant factors associated with survival", SignificanceClaim.Significant)]
    [InlineData("The prognostic value of age and sex was insignificant (p>0.1)", SignificanceClaim.NotSignificant)]
    [InlineData("were analyzed but were not found to have prognostic value", SignificanceClaim.NotSignificant)]
    [InlineData("was not significant", SignificanceClaim.NotSignificant)]
    [InlineData("tended to have a longer survival (p=0.0874)", null)]
    public void Significance_is_read_from_words(string sentence, SignificanceClaim? claim) =>
        Assert.Equal(claim, SignificanceWording.Classify(sentence));
}
