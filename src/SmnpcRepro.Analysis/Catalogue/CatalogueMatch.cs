namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>What a published number stands for in the manuscript: the ids, or why it has none.</summary>
/// <param name="Ids">The manuscript's ids (empty when <paramref name="Reason"/> is set).</param>
/// <param name="Derivation">How the published number is made from them.</param>
/// <param name="Label">The reader's name for the published number, or null to keep the transcription's own.</param>
/// <param name="Factor">The plan's factor it belongs to, or null.</param>
/// <param name="Note">Why this counterpart; empty when nothing needs saying.</param>
/// <param name="Reason">Why the manuscript prints nothing for it; null when it does.</param>
public sealed record CatalogueMatch(
    IReadOnlyList<string> Ids,
    CatalogueDerivation Derivation,
    string? Label,
    string? Factor,
    string Note,
    string? Reason = null)
{
    /// <summary>A published number the manuscript does not print, for <paramref name="reason"/>.</summary>
    public static CatalogueMatch NotPrinted(string reason) => new([], CatalogueDerivation.Each, null, null, string.Empty, reason);
}
