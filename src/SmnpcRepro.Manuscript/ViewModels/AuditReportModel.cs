namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>audit.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Source">The file audited (its name).</param>
/// <param name="Sha256">Its SHA-256.</param>
/// <param name="Counts">Findings per class, in report order.</param>
/// <param name="Problems">The certain errors, likely errors and ambiguities, each grouped by rule.</param>
/// <param name="Passed">The checks that passed, grouped by rule.</param>
/// <param name="Rules">Every rule and what it checks.</param>
public sealed record AuditReportModel(
    string Source,
    string Sha256,
    IReadOnlyList<AuditClassCountView> Counts,
    IReadOnlyList<AuditClassView> Problems,
    AuditClassView Passed,
    IReadOnlyList<AuditRuleView> Rules);

/// <summary>A line of the summary table.</summary>
/// <param name="Name">The class.</param>
/// <param name="Count">How many findings, formatted.</param>
/// <param name="Meaning">What the class means.</param>
public sealed record AuditClassCountView(string Name, string Count, string Meaning);

/// <summary>A section of the report: one class, its findings grouped by rule.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Count">How many findings, formatted.</param>
/// <param name="Rules">The rules with findings of this class, in catalog order.</param>
public sealed record AuditClassView(string Title, string Count, IReadOnlyList<AuditRuleGroupView> Rules);

/// <summary>The findings of one rule within a class.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Count">How many findings, formatted.</param>
/// <param name="Findings">The findings, in the order the paper prints them.</param>
public sealed record AuditRuleGroupView(string Id, string Title, string Count, IReadOnlyList<AuditFindingView> Findings);

/// <summary>One finding, Markdown-ready.</summary>
/// <param name="Subject">What was checked (escaped).</param>
/// <param name="Where">Each place: the YAML key as code and the paper's place.</param>
/// <param name="Printed">The prints, as a code span.</param>
/// <param name="Computation">The derivation (escaped).</param>
/// <param name="SuggestedEdit">The smallest edit (escaped), or empty.</param>
public sealed record AuditFindingView(string Subject, IReadOnlyList<string> Where, string Printed, string Computation, string SuggestedEdit);

/// <summary>A rule in the closing list.</summary>
/// <param name="Id">Its id, as code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Checks">What it checks (escaped).</param>
public sealed record AuditRuleView(string Id, string Title, string Checks);
