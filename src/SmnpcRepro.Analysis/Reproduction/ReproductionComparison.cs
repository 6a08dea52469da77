using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>
/// The reproduction report's computation: every number of <c>published.yaml</c> (<see cref="PublishedNumbers"/>)
/// against its recomputed counterpart (<see cref="ReproductionMap"/>), classified by <see cref="AgreementRule"/>;
/// and the published multivariate model's factors against the rebuilt model's. Pure: paper and results in.
/// </summary>
public static class ReproductionComparison
{
    /// <summary>Compares <paramref name="paper"/> with <paramref name="results"/>.</summary>
    public static ReproductionResult Run(PublishedPaper paper, PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(results);
        var significance = results.Profile.SignificanceLevel;
        var entry = results.Profile.EntryThreshold;
        var compared = new List<NumberComparison>();
        var unmatched = new List<UnmatchedNumber>();
        foreach (var number in PublishedNumbers.Read(paper))
        {
            var resolution = ReproductionMap.Resolve(number, results);
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

        var keys = results.Plan.Source.Factors.Select(f => f.Key).Concat(Plan.PaperPlan.Declared.Factors.Select(f => f.Key)).Distinct(StringComparer.Ordinal);
        return new ReproductionResult(results.Profile, compared, unmatched, Model(paper, results))
        {
            Departures = keys.Select(k => Plan.PlanDeparture.Of(results.Plan, k)).OfType<string>().ToArray(),
        };
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
