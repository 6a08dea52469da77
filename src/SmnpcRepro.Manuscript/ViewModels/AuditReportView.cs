using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Turns an <see cref="AuditResult"/> into the report's layout: a count per class, then each class's findings by rule.</summary>
public static class AuditReportView
{
    private static readonly IReadOnlyList<(FindingClass Class, string Title, string Name, string Meaning)> Classes =
    [
        (FindingClass.CertainError, "Certain errors", "Certain error", "Arithmetic or the paper's own definitions rule the prints out; no reading rescues them."),
        (FindingClass.LikelyError, "Likely errors", "Likely error", "Wrong under the usual reading (Wald interval, whole-number data, one test per p); a stated exception would rescue it."),
        (FindingClass.Ambiguity, "Ambiguities", "Ambiguity", "The prints disagree, but two legitimate readings explain it; the paper should say which."),
        (FindingClass.Consistent, "Checked and consistent", "Consistent", "Checked and passed."),
    ];

    /// <summary>The view of <paramref name="result"/> for the file <paramref name="source"/>.</summary>
    public static AuditReportModel From(AuditResult result, DataFileProvenance source)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(source);
        var counts = Classes.Select(c => new AuditClassCountView(c.Name, Format.Count(result.Count(c.Class)), c.Meaning)).ToList();
        var sections = Classes.Select(c => Section(result, c.Class, c.Title)).ToList();
        var rules = AuditRuleCatalog.Rules.Select(r => new AuditRuleView(MarkdownText.Code(r.Id), r.Title, MarkdownText.Escape(r.Checks))).ToList();
        return new AuditReportModel(source.Name, source.Sha256, counts, sections[..^1], sections[^1], rules);
    }

    private static AuditClassView Section(AuditResult result, FindingClass @class, string title)
    {
        var findings = result.Findings.Where(f => f.Class == @class).ToList();
        var groups = findings
            .GroupBy(f => f.Rule)
            .OrderBy(g => AuditRuleCatalog.Order(g.Key))
            .Select(g => new AuditRuleGroupView(
                g.Key,
                AuditRuleCatalog.Rules.FirstOrDefault(r => r.Id == g.Key)?.Title ?? g.Key,
                Format.Count(g.Count()),
                g.Select(Finding).ToList()))
            .ToList();
        return new AuditClassView(title, Format.Count(findings.Count), groups);
    }

    private static AuditFindingView Finding(AuditFinding f) => new(
        MarkdownText.Escape(f.Subject),
        f.Where.Select(w => $"{MarkdownText.Code(w.Key)} ({MarkdownText.Escape(w.Source)})").ToList(),
        MarkdownText.Code(f.Printed),
        MarkdownText.Escape(f.Computation),
        f.SuggestedEdit is null ? string.Empty : MarkdownText.Escape(f.SuggestedEdit));
}
