using SmnpcRepro.Analysis;
using SmnpcRepro.Analysis.Multivariate;
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
    string Engine)
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
            $"SmnpcRepro's survival engine (checked against R's survival 3.5-3) on {environment.Runtime}");
    }
}
