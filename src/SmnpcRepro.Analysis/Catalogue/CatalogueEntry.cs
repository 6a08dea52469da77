namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>How the paper's number is made from the manuscript's numbers.</summary>
public enum CatalogueDerivation
{
    /// <summary>The paper's number is each id's number ("9 (30%) respectively": compared with each).</summary>
    Each,

    /// <summary>The paper's number is the first id's number divided by the second's (a ratio such as 4:1).</summary>
    Ratio,
}

/// <summary>A path of <c>published.yaml</c> with the reader's name for it ("Discussion: median age (years)").</summary>
/// <param name="Path">The dotted path.</param>
/// <param name="Label">The reader's name.</param>
public sealed record PublishedItem(string Path, string Label);

/// <summary>
/// One entry of <c>data/catalogue.yaml</c>: the manuscript's printed number(s) and the published numbers that
/// stand for the same thing.
/// </summary>
/// <param name="Ids">The manuscript's ids (<c>numbers.json</c>); usually one.</param>
/// <param name="Published">The paper's numbers, by path, with the reader's names.</param>
/// <param name="Derivation">How the paper's number is made from the ids' numbers.</param>
/// <param name="Factor">The plan's factor the number belongs to (so a departure is given as the reason), or null.</param>
/// <param name="Note">Why this counterpart, where the choice needs saying; empty otherwise.</param>
public sealed record CatalogueEntry(
    IReadOnlyList<string> Ids,
    IReadOnlyList<PublishedItem> Published,
    CatalogueDerivation Derivation,
    string? Factor,
    string Note);

/// <summary>A prefix of published paths the manuscript does not print, and why.</summary>
/// <param name="Prefix">The path prefix (the first that matches decides).</param>
/// <param name="Reason">Why the rebuild prints nothing for it.</param>
public sealed record NotPrinted(string Prefix, string Reason);
