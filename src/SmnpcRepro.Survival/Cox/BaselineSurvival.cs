using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Baseline survival of a Cox model at the covariate means, as survival 3.x's <c>survfit(coxfit)</c>
/// (<c>survfit.coxph</c> → <c>agsurv</c>): the hazard increment at each time is d / Σ risk (Breslow) or,
/// with Efron ties, the mean of 1 / (Σ risk − (k/d) Σ risk of the d deaths) over k = 0..d−1, times d;
/// the variance adds the part due to β̂, (cumhaz·x̄ − ∫ x̄ dΛ)' V (cumhaz·x̄ − ∫ x̄ dΛ). The "means" are the
/// fit's, so indicator columns (all values in {−1, 0, 1}) are at 0, i.e. factors at their reference level.
/// </summary>
public static class BaselineSurvival
{
    /// <summary>One curve per stratum, for a pseudo-subject with covariates <see cref="CoxFit.Means"/>.</summary>
    public static IReadOnlyList<BaselineSurvivalCurve> Compute(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var problem = fit.Problem;
        var p = problem.P;
        var efron = fit.Ties == TieMethod.Efron;
        var variance = fit.Variance.AsSpan().ToArray();
        var z = Distributions.TwoSidedQuantile(fit.ConfidenceLevel);
        var offset = 0.0;
        for (var j = 0; j < p; j++)
        {
            offset += fit.CoefficientsOrZero[j] * fit.Means[j];
        }

        var toZero = Math.Exp(-offset);
        var risk = fit.SortedLinearPredictors.Select(Math.Exp).ToArray();
        var curves = new List<BaselineSurvivalCurve>(problem.StratumCount);
        var xsum = new double[p];
        var xsum2 = new double[p];
        var xbar = new double[p];
        var step = new double[p];
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var last = problem.StratumStart[s + 1] - 1;

            // Distinct times, ascending, with their row ranges.
            var starts = new List<int>();
            for (var i = first; i <= last; i++)
            {
                if (i == first || problem.Time[i] != problem.Time[i - 1])
                {
                    starts.Add(i);
                }
            }

            var m = starts.Count;
            var time = new double[m];
            var atRisk = new int[m];
            var events = new int[m];
            var censored = new int[m];
            var hazard = new double[m];
            var varHazard = new double[m];
            var xbarStep = new double[m * p];

            // Backward: risk-set sums.
            var nrisk = 0.0;
            Array.Clear(xsum);
            for (var t = m - 1; t >= 0; t--)
            {
                var lo = starts[t];
                var hi = t + 1 < m ? starts[t + 1] - 1 : last;
                var deathRisk = 0.0;
                Array.Clear(xsum2);
                for (var i = lo; i <= hi; i++)
                {
                    var r = risk[i];
                    nrisk += r;
                    var row = problem.Row(i);
                    for (var j = 0; j < p; j++)
                    {
                        var xr = r * row[j] / problem.Scale[j];
                        xsum[j] += xr;
                        if (problem.Status[i] == 1)
                        {
                            xsum2[j] += xr;
                        }
                    }

                    if (problem.Status[i] == 1)
                    {
                        events[t]++;
                        deathRisk += r;
                    }
                    else
                    {
                        censored[t]++;
                    }
                }

                time[t] = problem.Time[lo];
                atRisk[t] = last - lo + 1;
                var d = events[t];
                if (d == 0)
                {
                    continue;
                }

                if (!efron || d == 1)
                {
                    hazard[t] = d / nrisk;
                    varHazard[t] = d / (nrisk * nrisk);
                    for (var j = 0; j < p; j++)
                    {
                        xbarStep[(t * p) + j] = xsum[j] / nrisk * hazard[t];
                    }
                }
                else
                {
                    double sum1 = 0, sum2 = 0;
                    Array.Clear(xbar);
                    for (var k = 0; k < d; k++)
                    {
                        var frac = (double)k / d;
                        var inv = 1 / (nrisk - (deathRisk * frac));
                        sum1 += inv / d;
                        sum2 += inv * inv / d;
                        for (var j = 0; j < p; j++)
                        {
                            xbar[j] += (xsum[j] - (xsum2[j] * frac)) * inv * inv / d;
                        }
                    }

                    hazard[t] = d * sum1;
                    varHazard[t] = d * sum2;
                    for (var j = 0; j < p; j++)
                    {
                        xbarStep[(t * p) + j] = d * xbar[j];
                    }
                }
            }

            // Forward: cumulate and add the variance due to beta.
            var survival = new double[m];
            var cumulative = new double[m];
            var se = new double[m];
            var lower = new double[m];
            var upper = new double[m];
            var atZero = new double[m];
            double cumHazard = 0, cumVar = 0;
            Array.Clear(step);
            for (var t = 0; t < m; t++)
            {
                cumHazard += hazard[t];
                cumVar += varHazard[t];
                for (var j = 0; j < p; j++)
                {
                    step[j] += xbarStep[(t * p) + j];
                }

                // dt = cumhaz * (means - means) - xbar = -xbar (covariates are centred at the means).
                var quadratic = 0.0;
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        quadratic += step[i] * variance[(i * p) + j] * step[j];
                    }
                }

                cumulative[t] = cumHazard;
                survival[t] = Math.Exp(-cumHazard);
                se[t] = Math.Sqrt(cumVar + quadratic);
                lower[t] = survival[t] > 0 ? Math.Exp(Math.Log(survival[t]) - (z * se[t])) : double.NaN;
                upper[t] = survival[t] > 0 ? Math.Min(1.0, Math.Exp(Math.Log(survival[t]) + (z * se[t]))) : double.NaN;
                atZero[t] = cumHazard * toZero;
            }

            curves.Add(new BaselineSurvivalCurve(fit.Strata.Count == 0 ? string.Empty : problem.StratumLabels[s], time, atRisk, events, censored, survival, cumulative, se, lower, upper, fit.ConfidenceLevel, atZero));
        }

        return curves;
    }
}
