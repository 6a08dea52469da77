using SmnpcRepro.Analysis.Audit;
using static SmnpcRepro.Analysis.Audit.Tests.TestPlaces;

namespace SmnpcRepro.Analysis.Audit.Tests;

public sealed class AuditConventionsTests
{
    private static readonly AuditConvention Stars = new("column c: p ≤ 0.05 without a star", "one convention of column c");

    [Fact]
    public void Findings_of_one_convention_merge_into_the_first_with_every_place()
    {
        AuditFinding[] findings =
        [
            new("r", FindingClass.Ambiguity, "a", [At("a")], "p 0.01", "a's text", Convention: Stars),
            new("r", FindingClass.Consistent, "b", [At("b")], "p 0.2", "b passes"),
            new("r", FindingClass.Ambiguity, "c", [At("c")], "p 0.02", "c's text", Convention: Stars),
            new("r", FindingClass.Ambiguity, "d", [At("d")], "p 0.03", "d's text", Convention: Stars),
        ];
        var merged = AuditConventions.Merge(findings);
        Assert.Equal(2, merged.Count);
        var one = merged[0];
        Assert.Equal("column c: p ≤ 0.05 without a star (3 places)", one.Subject);
        Assert.Equal(["a", "c", "d"], one.Where.Select(w => w.Key));
        Assert.Equal("a: p 0.01; c: p 0.02; d: p 0.03", one.Printed);
        Assert.Equal("one convention of column c", one.Computation);
        Assert.Same(findings[1], merged[1]);
    }

    [Fact]
    public void A_convention_found_once_and_findings_of_other_classes_stay_as_they_are()
    {
        AuditFinding[] findings =
        [
            new("r", FindingClass.Ambiguity, "a", [At("a")], "p 0.01", "a's text", Convention: Stars),
            new("r", FindingClass.CertainError, "b", [At("b")], "p 0.02", "b's text", Convention: Stars),
        ];
        Assert.Equal(findings, AuditConventions.Merge(findings));
    }
}
