namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>check.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Data">The cohort file recomputed from, as named on the command line.</param>
/// <param name="DataSha256">Its SHA-256.</param>
/// <param name="NumbersFile">The committed numbers file compared against.</param>
/// <param name="Profile">The conventions the check recomputed under.</param>
/// <param name="Compared">How many printed numbers were compared, formatted.</param>
/// <param name="Verdict">One sentence: no drift, or what drifted.</param>
/// <param name="Sections">The non-empty kinds of drift, each with its lines.</param>
public sealed record DriftReportModel(
    string Data,
    string DataSha256,
    string NumbersFile,
    string Profile,
    string Compared,
    string Verdict,
    IReadOnlyList<DriftSectionView> Sections);

/// <summary>One kind of drift and its lines, Markdown-ready.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Count">How many lines, formatted.</param>
/// <param name="Lines">One line per drifted number or model change.</param>
public sealed record DriftSectionView(string Title, string Count, IReadOnlyList<string> Lines);
