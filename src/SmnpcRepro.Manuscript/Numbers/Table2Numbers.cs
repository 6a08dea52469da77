using SmnpcRepro.Analysis;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Manuscript.Numbers;

/// <summary>
/// Table 2's numbers as <see cref="ViewModels.Table2View"/> prints them: per factor the univariate Cox HR,
/// its 95% limits and Wald P, the log-rank P, and the multivariate HR, limits and P of factors in the model.
/// </summary>
internal static class Table2Numbers
{
    public static void Collect(NumberList list, PaperResults results)
    {
        var byLogRank = results.Multivariate.Rule.Test == Analysis.Multivariate.SelectionTest.LogRank;
        foreach (var u in results.Univariate)
        {
            var key = u.Factor.Key;
            var where = $"Table 2, {u.Factor.Label}";
            if (!u.Factor.IsSingleContrast)
            {
                // A categorical factor: the joint Wald P of all its groups on its line, then each group's HR and P.
                list.AddP($"table2.{key}.univariate.p", $"{where}, univariate P (all groups)", Format.P(u.P), u.P, decidesEntry: !byLogRank);
                list.AddP($"table2.{key}.log_rank.p", $"{where}, log-rank P", Format.P(u.LogRankP), u.LogRankP, decidesEntry: byLogRank);
                if (results.Multivariate.FactorTest(u.Factor) is { } test)
                {
                    list.AddP($"table2.{key}.multivariate.p", $"{where}, multivariate P (all groups)", Format.P(test.P), test.P);
                }
            }

            foreach (var e in u.Estimates)
            {
                var id = $"table2.{e.Contrast.Key}";
                var at = $"Table 2, {e.Contrast.Label}";
                var c = e.Coefficient;
                Estimate(list, $"{id}.univariate", $"{at}, univariate", c, Format.UnivariateHazardRatioPart, Format.UnivariateHazardRatioPart);
                list.AddP($"{id}.univariate.p", $"{at}, univariate P", Format.P(c.P), c.P, decidesEntry: !byLogRank && u.Factor.IsSingleContrast);
                if (u.Factor.IsSingleContrast)
                {
                    list.AddP($"table2.{key}.log_rank.p", $"{where}, log-rank P", Format.P(u.LogRankP), u.LogRankP, decidesEntry: byLogRank);
                }

                if (results.Multivariate.Coefficient(e.Contrast.Key) is { } m)
                {
                    Estimate(list, $"{id}.multivariate", $"{at}, multivariate", m, Format.MultivariateHazardRatioEstimate, Format.MultivariateHazardRatioBound);
                    list.AddP($"{id}.multivariate.p", $"{at}, multivariate P", Format.P(m.P), m.P);
                }
            }
        }
    }

    private static void Estimate(NumberList list, string id, string where, CoxCoefficient c, Func<double, string> estimate, Func<double, string> bound)
    {
        list.Add(id + ".hr", where + " HR", estimate(c.HazardRatio), c.HazardRatio);
        list.Add(id + ".ci_low", where + " HR, lower 95% limit", bound(c.ConfidenceInterval.Lower), c.ConfidenceInterval.Lower);
        list.Add(id + ".ci_high", where + " HR, upper 95% limit", bound(c.ConfidenceInterval.Upper), c.ConfidenceInterval.Upper);
    }
}
