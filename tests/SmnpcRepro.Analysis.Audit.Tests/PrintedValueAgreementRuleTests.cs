using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Audit.Rules;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class PrintedValueAgreementRuleTests
{
    private static readonly string[] TwoTests = ["log-rank", "Cox Wald"];

    private static PrintedOccurrence O(string name, string value, string? method = null) => new(At(name), N(value), method);

    [Fact]
    public void Equal_prints_and_prints_equal_within_rounding_agree()
    {
        Assert.Equal(FindingClass.Consistent, PrintedValueAgreementRule.Check("n", [O("a", "30"), O("b", "30"), O("c", "30")]).Class);
        // 0.09 stands for [0.085, 0.095], which contains 0.0900.
        Assert.Equal(FindingClass.Consistent, PrintedValueAgreementRule.Check("p", [O("a", "0.0900"), O("b", "0.09")]).Class);
        // A bound agrees with a value inside it.
        Assert.Equal(FindingClass.Consistent, PrintedValueAgreementRule.Check("p", [O("a", "0.303"), O("b", ">0.1")]).Class);
    }

    [Fact]
    public void Different_counts_are_certain()
    {
        var finding = PrintedValueAgreementRule.Check("count", [O("table", "24"), O("text", "6")]);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Equal(2, finding.Where.Count);
    }

    [Fact]
    public void Two_p_values_from_two_possible_tests_are_an_ambiguity()
    {
        // Table: Cox Wald 0.0874; text: unstated 0.0749 — the text can be the log-rank p.
        var finding = PrintedValueAgreementRule.Check("p", [O("table", "0.0874", "Cox Wald"), O("text", "0.0749")], TwoTests);
        Assert.Equal(FindingClass.Ambiguity, finding.Class);
        Assert.Contains("0.0749 as log-rank", finding.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_values_from_two_tests_are_certain_and_a_transposition_is_named()
    {
        // Pigeonhole: 0.0367, 0.0257, 0.0376 are three distinct numbers; two tests make at most two.
        var finding = PrintedValueAgreementRule.Check("p", [O("table", "0.0367", "Cox Wald"), O("text", "0.0257"), O("discussion", "0.0376")], TwoTests);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Contains("3 values", finding.Computation, StringComparison.Ordinal);
        Assert.Contains("two neighbouring digits swapped", finding.SuggestedEdit, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_prints_attributed_to_the_same_test_must_agree()
    {
        var finding = PrintedValueAgreementRule.Check("p", [O("table", "0.0367", "Cox Wald"), O("text", "0.0467", "Cox Wald")], TwoTests);
        Assert.Equal(FindingClass.CertainError, finding.Class);
        Assert.Contains("attributed to Cox Wald already disagree", finding.Computation, StringComparison.Ordinal);
        Assert.Contains("one digit different", finding.SuggestedEdit, StringComparison.Ordinal);
    }

    [Fact]
    public void One_print_is_not_an_agreement()
    {
        Assert.Throws<ArgumentException>(() => PrintedValueAgreementRule.Check("p", [O("a", "1")]));
    }
}
