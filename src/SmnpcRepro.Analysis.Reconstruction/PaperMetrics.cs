using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The rebuilt paper's numbers that reconstruction targets read, as one flat vector indexed by
/// <see cref="PaperQuantity.Index"/>: from <see cref="PaperAnalysis"/> itself (<see cref="From"/>, what
/// the report prints) or from the search's lean evaluator (<see cref="FastPaperEvaluator"/>), which a
/// test holds equal to it.
/// </summary>
public static class PaperMetrics
{
    /// <summary>A vector of NaN (nothing measured yet).</summary>
    public static double[] Empty()
    {
        var values = new double[PaperQuantity.VectorLength];
        Array.Fill(values, double.NaN);
        return values;
    }

    /// <summary>Reads every quantity from the paper's analysis.</summary>
    public static double[] From(PaperResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var values = Empty();
        values[PaperQuantity.Of(0, MetricKind.OverallMedian)] = results.Overall.Median.Median;
        for (var f = 0; f < PaperFactors.All.Count; f++)
        {
            var u = results.Factor(PaperFactors.All[f].Key);
            var c = u.Coefficient;
            values[PaperQuantity.Of(f, MetricKind.HazardRatio)] = c.HazardRatio;
            values[PaperQuantity.Of(f, MetricKind.Lower)] = c.ConfidenceInterval.Lower;
            values[PaperQuantity.Of(f, MetricKind.Upper)] = c.ConfidenceInterval.Upper;
            values[PaperQuantity.Of(f, MetricKind.WaldP)] = c.P;
            values[PaperQuantity.Of(f, MetricKind.LogRankP)] = u.LogRankP;
            for (var g = 0; g < u.Survival.Medians.Count && g < PaperQuantity.MaxGroups; g++)
            {
                values[PaperQuantity.Of(f, MetricKind.GroupMedian, g)] = u.Survival.Medians[g].Median;
            }

            if (results.Multivariate.Coefficient(u.Factor.Key) is { } m)
            {
                values[PaperQuantity.Of(f, MetricKind.MultivariateHazardRatio)] = m.HazardRatio;
                values[PaperQuantity.Of(f, MetricKind.MultivariateLower)] = m.ConfidenceInterval.Lower;
                values[PaperQuantity.Of(f, MetricKind.MultivariateUpper)] = m.ConfidenceInterval.Upper;
                values[PaperQuantity.Of(f, MetricKind.MultivariateP)] = m.P;
            }
        }

        return values;
    }
}
