using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// The reproduction report's computation: every number of <c>published.yaml</c> (<see cref="PublishedNumbers"/>)
/// against the number the rebuilt manuscript prints for it (<see cref="PrintedNumberCatalogue"/>, by id),
/// classified by <see cref="AgreementRule"/>; and the published multivariate model's factors against the
/// rebuilt model's. Pure: paper, catalogue, results and printed numbers in.
/// </summary>
public static class ReproductionComparison
{
    /// <summary>
    /// Compares <paramref name="paper"/> with the manuscript's <paramref name="printed"/> numbers, built from
    /// <paramref name="results"/>; with <paramref name="roles"/> (synthetic data), each comparison carries what the
    /// reconstruction did with the number.
    /// </summary>
    public static ReproductionResult Run(PublishedPaper paper, PrintedNumberCatalogue catalogue, PaperResults results, IEnumerable<PrintedValue> printed, ReproductionRoles? roles = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(printed);
        var byId = printed.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var significance = results.Profile.SignificanceLevel;
        var entry = results.Profile.EntryThreshold;
        var compared = new List<NumberComparison>();
        var unmatched = new List<UnmatchedNumber>();
        foreach (var published in PublishedNumbers.Read(paper))
        {
            var matches = catalogue.Match(published, results.Plan);
            var number = matches.Select(m => m.Label).FirstOrDefault(l => l is not null) is { } label ? published with { Name = label } : published;
            var resolution = Counterparts.Resolve(matches, byId, results);
            if (resolution.Reason is { } reason)
            {
                unmatched.Add(new UnmatchedNumber(number, reason));
                continue;
            }

            compared.AddRange(resolution.Counterparts.Select(c => new NumberComparison(
                number,
                c,
                AgreementRule.Classify(number.Printed, c.Value, c.Kind, significance, entry),
                AgreementRule.Measure(number.Printed, c.Value, significance, entry))));
        }

        if (roles is not null)
        {
            compared = WithRoles(compared, roles);
        }

        var keys = results.Plan.Source.Factors.Select(f => f.Key).Concat(Plan.PaperPlan.Declared.Factors.Select(f => f.Key)).Distinct(StringComparer.Ordinal);
        return new ReproductionResult(results.Profile, compared, unmatched, Model(paper, results))
        {
            Departures = keys.Select(k => Plan.PlanDeparture.Of(results.Plan, k)).OfType<string>().ToArray(),
        };
    }

    /// <summary>
    /// Each comparison's role: its own (fitted, exact or not targeted), raised to the strongest role any print of
    /// the same recomputed estimate has — a repeat of a fitted P (the Discussion's, or the Results' of Table 2's)
    /// is no more independent than the print the search was scored on. Hazard ratios and P values are keyed by their
    /// value (the same estimate printed under two ids, as Table 2 and the text print a P), everything else by its id.
    /// </summary>
    private static List<NumberComparison> WithRoles(List<NumberComparison> compared, ReproductionRoles roles)
    {
        static string Key(NumberComparison c) => c.Recomputed.Kind is QuantityKind.HazardRatio or QuantityKind.PValue && double.IsFinite(c.Recomputed.Value)
            ? c.Recomputed.Kind + ":" + c.Recomputed.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : c.Recomputed.Id;
        var own = compared.Select(c => roles.Of(c.Published, c.Recomputed)).ToList();
        var shared = compared.Zip(own)
            .Where(p => Key(p.First).Length > 0)
            .GroupBy(p => Key(p.First), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Role: g.Max(p => p.Second.Role), Weight: g.Max(p => p.Second.Weight)), StringComparer.Ordinal);
        return compared.Zip(own).Select(p =>
        {
            var (role, weight) = shared.TryGetValue(Key(p.First), out var strongest) && strongest.Role > p.Second.Role ? strongest : p.Second;
            return p.First with
            {
                Role = role,
                Weight = weight,
                Judgement = roles.Judgements.TryGetValue(p.First.Published.Path, out var why) ? why : string.Empty,
            };
        }).ToList();
    }

    /// <summary>
    /// The paper's model: the factors its text implies it adjusted for
    /// (<c>table2.multivariate_model_covariates_per_text.implied</c>) and those with a multivariate cell.
    /// </summary>
    private static List<ModelMembershipRow> Model(PublishedPaper paper, PaperResults results)
    {
        var implied = paper.Texts("table2.multivariate_model_covariates_per_text.implied").ToHashSet(StringComparer.Ordinal);
        var entered = results.Multivariate.Entered.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return results.Plan.Factors
            .Select(f =>
            {
                var estimate = paper.Has($"table2.rows.{f.Key}.multivariate");
                return new ModelMembershipRow(f.Key, f.Label, implied.Contains(f.Key) || estimate, estimate, entered.Contains(f.Key));
            })
            .Where(row => row.Published || row.Recomputed)
            .ToList();
    }
}
