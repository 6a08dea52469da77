using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The survival results of the rebuilt paper the search can evaluate (<see cref="PaperQuantity"/>), by the
/// catalogue id the manuscript prints each under (<see cref="PrintedIds"/>): a published number the catalogue
/// matches to one of these ids is a target.
/// </summary>
public static class SurvivalQuantities
{
    private static readonly MetricKind[] Univariate = [MetricKind.HazardRatio, MetricKind.Lower, MetricKind.Upper, MetricKind.WaldP];

    private static readonly MetricKind[] Multivariate = [MetricKind.MultivariateHazardRatio, MetricKind.MultivariateLower, MetricKind.MultivariateUpper, MetricKind.MultivariateP];

    /// <summary>Every quantity the metric vector holds that the manuscript prints, by its id.</summary>
    public static IReadOnlyDictionary<string, PaperQuantity> ById()
    {
        var byId = new Dictionary<string, PaperQuantity>(StringComparer.Ordinal)
        {
            [PrintedIds.MedianOverallSurvival] = new PaperQuantity(MetricKind.OverallMedian),
        };
        foreach (var factor in PaperFactors.All)
        {
            for (var s = 0; s < PrintedIds.CoxStatistics.Count; s++)
            {
                byId[PrintedIds.Table2(factor.Key, "univariate", PrintedIds.CoxStatistics[s])] = new PaperQuantity(Univariate[s], factor.Key);
                byId[PrintedIds.Table2(factor.Key, "multivariate", PrintedIds.CoxStatistics[s])] = new PaperQuantity(Multivariate[s], factor.Key);
            }

            byId[PrintedIds.UnivariateP(factor.Key)] = new PaperQuantity(MetricKind.LogRankP, factor.Key);
            byId[PrintedIds.Multivariate(factor.Key) + ".p"] = new PaperQuantity(MetricKind.MultivariateP, factor.Key);
            if (GroupMedians(factor.Key) is { } prefix)
            {
                for (var g = 0; g < factor.Groups.Count; g++)
                {
                    byId[PrintedIds.GroupMedian(prefix, factor.Groups[g])] = new PaperQuantity(MetricKind.GroupMedian, factor.Key, g);
                }
            }
        }

        return byId;
    }

    /// <summary>The report's name for <paramref name="quantity"/> ("Preoperative KPS: HR").</summary>
    public static string Label(PaperQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (quantity.FactorKey is null)
        {
            return "Overall survival: median (months)";
        }

        var factor = PaperFactors.ByKey(quantity.FactorKey);
        return quantity.Kind switch
        {
            MetricKind.HazardRatio or MetricKind.MultivariateHazardRatio => $"{factor.Label}: HR",
            MetricKind.Lower or MetricKind.MultivariateLower => $"{factor.Label}: 95% CI lower",
            MetricKind.Upper or MetricKind.MultivariateUpper => $"{factor.Label}: 95% CI upper",
            MetricKind.WaldP or MetricKind.MultivariateP => $"{factor.Label}: p",
            MetricKind.LogRankP => $"{factor.Label}: log-rank p",
            _ => $"{factor.Label}, {factor.Groups[quantity.Group]}: median (months)",
        };
    }

    /// <summary>The text prints group medians for the surgical option and for KPS only.</summary>
    private static string? GroupMedians(string factorKey) => factorKey switch
    {
        "surgical_option" => PrintedIds.SurgicalGroupMedians,
        "kps_preop" => PrintedIds.KpsGroupMedians,
        _ => null,
    };
}
