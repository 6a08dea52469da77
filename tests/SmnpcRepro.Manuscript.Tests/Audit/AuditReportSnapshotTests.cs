using System.Globalization;
using System.Text.RegularExpressions;
using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Manuscript.Rendering;
using Snapshooter.Xunit;

namespace SmnpcRepro.Manuscript.Tests.Audit;

public sealed partial class AuditReportSnapshotTests
{
    private static string Render()
    {
        var path = RepositoryPaths.Data("published.yaml");
        var result = PublishedPaperAudit.Run(PublishedPaper.Load(path));
        return AuditReport.Render(result, DataFileProvenance.Of(path, "published.yaml"), new TemplateRenderer(RepositoryPaths.Templates));
    }

    [Fact]
    public void The_audit_report_as_committed()
    {
        // A change here means a finding, its class or its arithmetic moved: a reviewer decides whether it meant to.
        // The file's hash is scrubbed (an edit of published.yaml elsewhere should fail on its findings, not its hash).
        SnapshotAssert.Match(Sha256().Replace(Render(), "SHA-256 `<sha256>`").Split('\n'));
    }

    [Fact]
    public void The_header_names_the_file_and_its_hash_and_the_counts()
    {
        var report = Render();
        var sha = DataFileProvenance.Of(RepositoryPaths.Data("published.yaml"), "published.yaml").Sha256;
        Assert.Contains($"from `published.yaml` alone (SHA-256 `{sha}`)", report, StringComparison.Ordinal);
        Assert.Contains("| Certain error | 7 |", report, StringComparison.Ordinal);
        Assert.Contains("- Smallest edit: lower bound 1.889 → 0.889", report, StringComparison.Ordinal);
        Assert.Contains("printed p 0.029\\*", report, StringComparison.Ordinal); // a star in prose is escaped
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Rendering_does_not_depend_on_the_current_culture(string culture)
    {
        CultureScope.AssertSameUnder(culture, Render);
    }

    [GeneratedRegex("SHA-256 `[0-9a-f]{64}`")]
    private static partial Regex Sha256();
}
