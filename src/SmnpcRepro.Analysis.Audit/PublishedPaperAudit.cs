using SmnpcRepro.Analysis.Audit.Paper;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Audit;

/// <summary>
/// The consistency audit of the paper's own numbers: reads only the transcription of what the paper
/// prints (<c>published.yaml</c>), never data, and feeds the general rules in <c>Audit/Rules</c> with the
/// prints, what the paper says links them, and its own thresholds.
/// </summary>
public static class PublishedPaperAudit
{
    /// <summary>Runs every check.</summary>
    /// <exception cref="InvalidDataException">A print the audit needs does not parse.</exception>
    /// <exception cref="KeyNotFoundException">A path the audit needs is missing.</exception>
    public static AuditResult Run(PublishedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var reader = new PaperReader(paper);
        return AuditResult.Of(
            Table2Checks.Run(reader)
                .Concat(AgreementChecks.Run(reader))
                .Concat(Table1Checks.Run(reader))
                .Concat(TextCountChecks.Run(reader))
                .Concat(SummaryStatisticChecks.Run(reader))
                .Concat(ClaimChecks.Run(reader)));
    }
}
