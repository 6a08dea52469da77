namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>reproduction.md.scriban</c> places: preformatted strings only.</summary>
/// <param name="Published">The published numbers' file (its name).</param>
/// <param name="PublishedSha256">Its SHA-256.</param>
/// <param name="Data">The cohort file recomputed from (its name).</param>
/// <param name="DataSha256">Its SHA-256.</param>
/// <param name="Profile">The conventions profile of the rebuild.</param>
/// <param name="SignificanceLevel">The significance level, formatted.</param>
/// <param name="EntryThreshold">The entry threshold, formatted.</param>
/// <param name="Tolerance">"Close" for non-p numbers, as a percentage (10).</param>
/// <param name="HazardRatioFactor">"Close" for hazard ratios, as a factor (1.1).</param>
/// <param name="Counts">Comparisons per class, and the numbers with no counterpart.</param>
/// <param name="Sections">Table 1, Table 2, the Results text, the Abstract, the Discussion, the Methods: each with its comparisons.</param>
/// <param name="Model">The multivariate model's membership, published against rebuilt.</param>
/// <param name="ModelRule">The rebuild's entry rule in words.</param>
/// <param name="Unmatched">The published numbers with no counterpart, grouped by reason.</param>
/// <param name="UnmatchedCount">How many, formatted.</param>
/// <param name="Notice">Where the data come from (banner).</param>
public sealed record ReproductionReportModel(
    string Published,
    string PublishedSha256,
    string Data,
    string DataSha256,
    string Profile,
    string SignificanceLevel,
    string EntryThreshold,
    string Tolerance,
    string HazardRatioFactor,
    IReadOnlyList<ReproductionCountView> Counts,
    IReadOnlyList<ReproductionSectionView> Sections,
    IReadOnlyList<ReproductionModelRowView> Model,
    string ModelRule,
    IReadOnlyList<ReproductionReasonView> Unmatched,
    string UnmatchedCount,
    DataNoticeView Notice)
{
    /// <summary>Where the study's plan departs from the paper's, one sentence per variable.</summary>
    public IReadOnlyList<string> Departures { get; init; } = [];

    /// <summary>Whether the rows carry the reconstruction's role (synthetic data); false for real data.</summary>
    public bool HasRoles { get; init; }

    /// <summary>The comparisons by the reconstruction's role and class (empty without roles).</summary>
    public IReadOnlyList<ReproductionRoleView> Roles { get; init; } = [];

    /// <summary>The numbers that are evidence of reproducibility (not targeted), as "N numbers: …" (empty without roles).</summary>
    public string Evidence { get; init; } = string.Empty;

    /// <summary>Every "different" comparison in one line, with its likely cause.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];
}

/// <summary>A line of the roles table: one role's comparisons per class.</summary>
/// <param name="Name">The role ("not targeted").</param>
/// <param name="Same">How many are the same print.</param>
/// <param name="Close">How many are close.</param>
/// <param name="Different">How many differ.</param>
/// <param name="Meaning">What agreement in this role proves.</param>
public sealed record ReproductionRoleView(string Name, string Same, string Close, string Different, string Meaning);

/// <summary>A line of the summary table.</summary>
public sealed record ReproductionCountView(string Name, string Count, string Meaning);

/// <summary>A part of the paper: its tally, its comparisons (grouped when the text has subsections) and the notes its rows refer to.</summary>
/// <param name="Title">The part's name.</param>
/// <param name="Tally">"12 same, 3 close, 4 different".</param>
/// <param name="Groups">The comparison tables (one, unnamed, unless the part has subsections).</param>
/// <param name="Notes">Numbered notes on why a counterpart was chosen.</param>
public sealed record ReproductionSectionView(string Title, string Tally, IReadOnlyList<ReproductionGroupView> Groups, IReadOnlyList<string> Notes);

/// <summary>One comparison table, with an optional subsection title.</summary>
public sealed record ReproductionGroupView(string Title, IReadOnlyList<ReproductionRowView> Rows);

/// <summary>One published number against one counterpart, Markdown-ready.</summary>
/// <param name="Number">What the number is (escaped).</param>
/// <param name="Key">Its YAML path, as code.</param>
/// <param name="Published">As printed (escaped).</param>
/// <param name="Recomputed">The recomputed value at the print's precision.</param>
/// <param name="Class">same, close or different.</param>
/// <param name="Difference">Size and direction of the difference.</param>
/// <param name="How">What was recomputed, with a note reference.</param>
public sealed record ReproductionRowView(string Number, string Key, string Published, string Recomputed, string Class, string Difference, string How)
{
    /// <summary>What the reconstruction did with it ("fitted (weight 10)"); empty for real data.</summary>
    public string Role { get; init; } = string.Empty;
}

/// <summary>A factor of either multivariate model.</summary>
public sealed record ReproductionModelRowView(string Factor, string Published, string Recomputed);

/// <summary>Published numbers with no counterpart, for one reason.</summary>
/// <param name="Reason">Why (escaped).</param>
/// <param name="Count">How many, formatted.</param>
/// <param name="Numbers">Each as "name (`print`)".</param>
public sealed record ReproductionReasonView(string Reason, string Count, IReadOnlyList<string> Numbers);
