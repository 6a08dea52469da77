using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Plan;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// The counterparts of a published number: the manuscript's printed numbers its catalogue match names, read by
/// id (never recomputed here), or why there are none — the plan's departure from the paper, a factor that did
/// not enter the rebuilt model, or a number the manuscript does not print.
/// </summary>
public static class Counterparts
{
    /// <summary>Resolves <paramref name="matches"/> (one published number's) against the manuscript's <paramref name="printed"/> numbers.</summary>
    public static Resolution Resolve(IReadOnlyList<CatalogueMatch> matches, IReadOnlyDictionary<string, PrintedValue> printed, PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(results);
        var found = new List<Recomputed>();
        foreach (var match in matches)
        {
            if (match.Reason is { } reason)
            {
                return Resolution.None(reason);
            }

            var departure = match.Factor is null ? null : PlanDeparture.Of(results.Plan, match.Factor);
            var missing = match.Ids.FirstOrDefault(id => !printed.ContainsKey(id));
            if (missing is not null)
            {
                return Resolution.None(departure ?? WhyNotPrinted(missing, match.Factor, results));
            }

            var note = departure is null ? match.Note : match.Note.Length == 0 ? departure : departure + " " + match.Note;
            var values = match.Ids.Select(id => printed[id]).ToList();
            if (match.Derivation == CatalogueDerivation.Ratio)
            {
                found.Add(new Recomputed(values[0].Value / values[1].Value, QuantityKind.Measure, $"{values[0].Where} ÷ {values[1].Where}", note)
                {
                    CountRatio = values.All(v => KindOf(v.Id) == QuantityKind.Count),
                });
            }
            else
            {
                found.AddRange(values.Select(v => new Recomputed(v.Value, KindOf(v.Id), v.Where, note) { Id = v.Id }));
            }
        }

        return Resolution.Of([.. found]);
    }

    /// <summary>What a printed number measures, from its id's last part: counts, percentages, hazard ratios and their limits, P values, other estimates.</summary>
    public static QuantityKind KindOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id[(id.LastIndexOf('.') + 1)..] switch
        {
            "count" or "patients" or "total" or "n" => QuantityKind.Count,
            "percent" => QuantityKind.Percent,
            "hr" or "ci_low" or "ci_high" => QuantityKind.HazardRatio,
            "p" => QuantityKind.PValue,
            _ => QuantityKind.Measure,
        };
    }

    private static string WhyNotPrinted(string id, string? factor, PaperResults results)
    {
        if (factor is not null && results.Plan.Factor(factor) is { } f && id.Contains(".multivariate.", StringComparison.Ordinal)
            && results.Multivariate.Coefficient(factor) is null)
        {
            return $"{f.Label} did not enter the rebuilt multivariate model: its log-rank P is above the entry threshold.";
        }

        return $"The rebuilt manuscript prints no number '{id}'.";
    }
}
