using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Catalogue;

/// <summary>
/// The catalogue of printed numbers: for every number the paper prints (a <c>published.yaml</c> path), the
/// manuscript's number(s) that stand for it (their <c>numbers.json</c> ids), or why the manuscript prints none.
/// Table 1 and Table 2 are matched by their structure (the plan's keys, and its <c>table1.paper_key</c>); the
/// rest is declared in <c>data/catalogue.yaml</c>. One id per printed number, used by <c>numbers.json</c>, the
/// drift check and the reproduction comparison alike.
/// </summary>
public sealed class PrintedNumberCatalogue
{
    /// <summary>The reason when nothing applies: a gap in the catalogue, which a test keeps empty for the real transcription.</summary>
    public const string Undeclared = "Not in the catalogue (data/catalogue.yaml).";

    /// <summary>Why Table 2's P values are compared with the Wald P.</summary>
    public const string TablePValueNote =
        "Table 2 prints the Cox model's HR, so its P is compared with the Wald P of the same model (the text's with the log-rank P).";

    private const string FactorPlaceholder = "{factor}";

    // The last plan's expansion and its index by published path: Match is called once per published number.
    private ExpandedIndex? _index;

    /// <summary>Creates the catalogue from its declared entries.</summary>
    public PrintedNumberCatalogue(string source, IReadOnlyList<CatalogueEntry> entries, IReadOnlyList<NotPrinted> notPrinted)
    {
        Source = source;
        Entries = entries;
        NotPrinted = notPrinted;
    }

    /// <summary>The file the catalogue was read from.</summary>
    public string Source { get; }

    /// <summary>The declared entries (text and meta numbers), as written (<c>{factor}</c> not expanded).</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Published path prefixes the manuscript does not print, with the reason.</summary>
    public IReadOnlyList<NotPrinted> NotPrinted { get; }

    /// <summary>The declared entries with <c>{factor}</c> expanded over the study's and the paper's factors.</summary>
    public IReadOnlyList<CatalogueEntry> Expanded(CompiledPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var factors = plan.Source.Factors.Select(f => (f.Key, f.Label))
            .Concat(PaperPlan.Declared.Factors.Select(f => (f.Key, f.Label)))
            .DistinctBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        return Entries.SelectMany(e => e.Factor != FactorPlaceholder
                ? [e]
                : factors.Select(f => new CatalogueEntry(
                    e.Ids.Select(id => id.Replace(FactorPlaceholder, f.Key, StringComparison.Ordinal)).ToArray(),
                    e.Published.Select(p => new PublishedItem(p.Path.Replace(FactorPlaceholder, f.Key, StringComparison.Ordinal), p.Label.Replace("{label}", f.Label, StringComparison.Ordinal))).ToArray(),
                    e.Derivation,
                    f.Key,
                    e.Note)))
            .ToList();
    }

    /// <summary>What <paramref name="number"/> stands for in a manuscript built under <paramref name="plan"/>: one match per counterpart, or one giving the reason there is none.</summary>
    public IReadOnlyList<CatalogueMatch> Match(PublishedNumber number, CompiledPlan plan)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(plan);
        if (Structural(number, plan) is { } table)
        {
            return [table];
        }

        return IndexFor(plan).ByPath.TryGetValue(number.Path, out var declared)
            ? declared
            : [CatalogueMatch.NotPrinted(ReasonNotPrinted(number))];
    }

    /// <summary>Every published path the declared entries name (with <c>{factor}</c> expanded over <paramref name="plan"/>).</summary>
    public IEnumerable<string> DeclaredPaths(CompiledPlan plan) => Expanded(plan).SelectMany(e => e.Published).Select(p => p.Path);

    private ExpandedIndex IndexFor(CompiledPlan plan)
    {
        var index = _index;
        if (index is null || !ReferenceEquals(index.Plan, plan))
        {
            var byPath = Expanded(plan)
                .SelectMany(e => e.Published.Select(p => (p.Path, Match: new CatalogueMatch(e.Ids, e.Derivation, p.Label, e.Factor, e.Note))))
                .GroupBy(x => x.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<CatalogueMatch>)g.Select(x => x.Match).ToList(), StringComparer.Ordinal);
            index = new ExpandedIndex(plan, byPath);
            _index = index;
        }

        return index;
    }

    private sealed record ExpandedIndex(CompiledPlan Plan, IReadOnlyDictionary<string, IReadOnlyList<CatalogueMatch>> ByPath);

    /// <summary>Table 1's and Table 2's cells, matched by their structure.</summary>
    private static CatalogueMatch? Structural(PublishedNumber number, CompiledPlan plan)
    {
        var s = number.Path.Split('.');
        switch (s)
        {
            case ["table1", "characteristics", var block, "levels", var level, var field] when field is "count" or "percent":
            {
                var key = Table1Key(block, plan);
                return new CatalogueMatch([$"table1.{key}.{level}.{field}"], CatalogueDerivation.Each, null, key, string.Empty);
            }

            case ["table1", "characteristics", var block, "summary"]:
            {
                var key = Table1Key(block, plan);
                return new CatalogueMatch([$"table1.{key}.summary"], CatalogueDerivation.Each, null, key, string.Empty);
            }

            case ["table2", "rows", var row, var column and ("univariate" or "multivariate"), var statistic]:
                return new CatalogueMatch(
                    [$"table2.{row}.{column}.{statistic}"],
                    CatalogueDerivation.Each,
                    null,
                    row,
                    column == "univariate" && statistic == "p" ? TablePValueNote : string.Empty);
            default:
                return null;
        }
    }

    /// <summary>The plan's key of the Table 1 block published.yaml calls <paramref name="paperKey"/> (declared once as <c>table1.paper_key</c>).</summary>
    private static string Table1Key(string paperKey, CompiledPlan plan) =>
        plan.Source.Factors.FirstOrDefault(f => f.Table1 is { } t && string.Equals(t.PaperKey ?? f.Key, paperKey, StringComparison.Ordinal))?.Key
        ?? PlanDeparture.KeyOfPaperBlock(paperKey);

    private string ReasonNotPrinted(PublishedNumber number)
    {
        if (number.Source.Contains("literature", StringComparison.OrdinalIgnoreCase) || number.Path.Contains(".literature_", StringComparison.Ordinal))
        {
            return "Another study's number, cited by the paper.";
        }

        switch (number.Section)
        {
            case PaperSection.Introduction:
                return "The Introduction's background, from the literature.";
            case PaperSection.Figure1:
                return "Figure 1's patient flow before inclusion; the cohort holds the operated patients only.";
        }

        var leaf = number.Path[(number.Path.LastIndexOf('.') + 1)..];
        if (leaf is "cutoff" or "cutoffs" || number.Path.Contains(".cutoffs.", StringComparison.Ordinal))
        {
            return "A cut-point the analysis uses, not a result.";
        }

        return NotPrinted.FirstOrDefault(d => number.Path.StartsWith(d.Prefix, StringComparison.Ordinal))?.Reason ?? Undeclared;
    }
}
