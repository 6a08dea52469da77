using SmnpcRepro.Analysis.Multivariate;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The proportional-hazards check of the multivariate model: <c>cox.zph</c>'s score test per term and
/// global (transform "km"), and the scaled Schoenfeld residuals against 1 − KM(t−) with the smooth and ±2 SE
/// band that R's <c>plot.cox.zph</c> draws (natural spline, df = 4) for a plot per term: β(t), flat when
/// hazards are proportional.
/// </summary>
public static class ProportionalHazardsCheck
{
    /// <summary>The check of <paramref name="multivariate"/>'s fit, or null when no factor entered.</summary>
    public static ProportionalHazardsCheckResult? Compute(MultivariateResult multivariate)
    {
        ArgumentNullException.ThrowIfNull(multivariate);
        return multivariate.Fit is { } fit ? Compute(fit, multivariate.Entered.SelectMany(f => f.Contrasts).Select(c => c.Label).ToArray()) : null;
    }

    /// <summary>The check of any Cox fit; <paramref name="labels"/> name its terms in order.</summary>
    public static ProportionalHazardsCheckResult Compute(CoxFit fit, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(labels);
        var tests = ProportionalHazardsTest.Compute(fit);
        var residuals = ScaledSchoenfeldResiduals.Compute(fit);
        var variance = ScaledSchoenfeldVariance.Compute(fit);
        var terms = tests.Rows.Select(r =>
        {
            var at = fit.Design.Terms.Select(t => t.Name).ToList().IndexOf(r.Term);
            var column = residuals.Terms.ToList().IndexOf(r.Term);
            var coefficient = fit.Coefficients.First(c => string.Equals(c.Term, r.Term, StringComparison.Ordinal));
            var y = column >= 0 ? residuals.Residuals[column] : [];
            var smooth = column >= 0 ? ProportionalHazardsSmooth.Fit(residuals.TransformedTime, y, variance[column, column]) : null;
            return new ProportionalHazardsTerm(
                r.Term,
                at >= 0 && at < labels.Count ? labels[at] : r.Term,
                r.Test,
                coefficient.Coefficient,
                y,
                smooth);
        }).ToArray();
        return new ProportionalHazardsCheckResult(fit.Ties, terms, tests.Global, residuals.Time, residuals.TransformedTime);
    }
}
