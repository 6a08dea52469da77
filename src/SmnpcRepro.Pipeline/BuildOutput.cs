using SmnpcRepro.Manuscript;
using SmnpcRepro.Manuscript.Numbers;
using SmnpcRepro.Pipeline.Study;

namespace SmnpcRepro.Pipeline;

/// <summary>
/// Everything one build makes, in memory: the documents under <c>manuscript/</c> (manuscript and appendix
/// in every format, figures and their data, <c>numbers.json</c>, <c>reproduction.md</c>, <c>audit.md</c>), the
/// printed numbers, and what the build found of the data (their origin; the reconstruction's own checks
/// while the data are the unedited synthetic reconstruction).
/// </summary>
/// <param name="Settings">The settings it was built under.</param>
/// <param name="Origin">Where the data come from, as declared and as the hash confirms.</param>
/// <param name="Patients">Rows in the cohort.</param>
/// <param name="Documents">Every generated document, by path relative to the manuscript folder.</param>
/// <param name="Numbers">Every printed number (the content of <c>numbers.json</c>).</param>
/// <param name="ReconstructionProblems">Exact targets of the reconstruction that the cohort misses (only checked while the data are the unedited reconstruction).</param>
/// <param name="Warnings">Facts about the data an author should see (missing values, the origin), one sentence each.</param>
/// <param name="ReconstructionReport">While the data are the unedited reconstruction and its run is recorded: <c>data/reconstruction-report.md</c> as the current analysis renders it (the check compares it; only <c>smnpc reconstruct</c> writes it).</param>
public sealed record BuildOutput(
    StudySettings Settings,
    DataOrigin Origin,
    int Patients,
    IReadOnlyList<ManuscriptDocument> Documents,
    NumbersFile Numbers,
    IReadOnlyList<string> ReconstructionProblems,
    IReadOnlyList<string> Warnings,
    string? ReconstructionReport);
