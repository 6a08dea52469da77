using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Analysis.Plan;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>The configuration the methods paragraph states, as words and numbers.</summary>
public sealed record MethodsView(
    string Profile,
    string Software,
    string Ties,
    string MedianDefinition,
    string CurveConfidence,
    string SelectionTest,
    string EntryThreshold,
    string SignificanceLevel,
    string Engine,
    string Codings)
{
    /// <summary>Describes the configuration behind <paramref name="results"/>.</summary>
    public static MethodsView From(PaperResults results, BuildEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(environment);
        var p = results.Profile;
        return new MethodsView(
            p.Name,
            p.Software,
            p.Ties == TieMethod.Breslow ? "Breslow's approximation for tied event times (the default of SPSS COXREG)" : "Efron's approximation for tied event times (the default of R's coxph)",
            p.Median == SmnpcRepro.Survival.KaplanMeier.MedianDefinition.Spss
                ? "the median survival is the first event time at which the Kaplan–Meier estimate falls to 0.5 or below, with its 95% CI as median ± 1.96 × SE (SPSS)"
                : "the median survival is where the Kaplan–Meier curve crosses 0.5 (the midpoint of a flat segment at exactly 0.5), with its 95% CI where the pointwise log-type confidence bands cross 0.5 (R)",
            p.CurveConfidence switch
            {
                ConfidenceIntervalType.Log => "log",
                ConfidenceIntervalType.LogLog => "log-log",
                _ => "plain",
            },
            results.Multivariate.Rule.Test == SmnpcRepro.Analysis.Multivariate.SelectionTest.LogRank ? "log-rank test" : "univariate Cox Wald test",
            Format.Number(p.EntryThreshold),
            Format.Number(p.SignificanceLevel),
            $"SmnpcRepro's survival engine (checked against R's survival 3.5-3) on {environment.Runtime}",
            CodingsOf(results));
    }

    /// <summary>
    /// How factors of more than two groups enter the Cox models, from the plan: ordinal factors as one score (one HR
    /// per step), categorical ones as one indicator per group against a reference; empty when every factor is binary.
    /// </summary>
    private static string CodingsOf(PaperResults results)
    {
        var factors = results.Univariate.Select(u => u.Factor).ToArray();
        var parts = new List<string>();
        var ordinal = factors.Where(f => f.Coding == FactorCoding.Ordinal).ToArray();
        if (ordinal.Length > 0)
        {
            var three = ordinal.All(f => f.Groups.Count == 3);
            var asPaper = ordinal.All(f => PaperPlan.Declared.Factors.Any(p => p.Key == f.Key && p.Coding == FactorCoding.Ordinal));
            parts.Add($"factors with {(three ? "three " : string.Empty)}ordered groups ({string.Join(", ", ordinal.Select(f => f.FigureSubject))}) enter as one score ({(three ? "0, 1, 2" : "0, 1, 2, …")}), giving one HR per step{(asPaper ? ", as the paper prints one HR for each" : string.Empty)}");
        }

        var categorical = factors.Where(f => f.Coding == FactorCoding.Categorical).ToArray();
        if (categorical.Length > 0)
        {
            parts.Add($"{Appendix.TextList.Join(categorical.Select(f => $"{f.FigureSubject} (reference: {f.Groups[f.ReferenceGroup]})").ToArray())} {(categorical.Length == 1 ? "enters" : "enter")} as categorical, one indicator per group against the reference, giving one HR per group and a Wald test of all groups together");
        }

        return parts.Count == 0 ? string.Empty : "; " + string.Join("; ", parts);
    }
}
