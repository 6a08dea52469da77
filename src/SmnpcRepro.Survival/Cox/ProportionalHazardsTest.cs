using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The proportional-hazards test of survival ≥ 3.0's <c>cox.zph(fit, transform = "km")</c> (C routine
/// <c>zph1</c>): for each term, the score test, at (β̂, 0), for adding the time-varying covariates
/// x·g(t) with g(t) = 1 − KM(t−) (the pooled Kaplan–Meier just before t, centred over the events),
/// using the full 2p × 2p information of (β, γ); GLOBAL tests all γ jointly. Ties are handled as in the
/// fit. (This is not survival 2.x's approximation from scaled Schoenfeld residuals, whose numbers differ.)
/// </summary>
public static class ProportionalHazardsTest
{
    /// <summary>
    /// Tests per term (<paramref name="byTerm"/> true, R's default <c>terms = TRUE</c>) or per coefficient.
    /// Non-estimable coefficients are left out, as R does.
    /// </summary>
    public static ProportionalHazardsResult Compute(CoxFit fit, bool byTerm = true)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var problem = fit.Problem;
        var columns = Enumerable.Range(0, problem.P).Where(j => fit.Coefficients[j].IsEstimable).ToArray();
        var p = columns.Length;
        var (u, imat) = ScoreAndInformation(problem, fit.SortedLinearPredictors, columns, fit.Ties == TieMethod.Efron);

        var groups = new List<(string Name, int[] Columns)>();
        if (byTerm)
        {
            foreach (var term in fit.Design.Terms)
            {
                var kept = term.Columns.Select(c => Array.IndexOf(columns, c)).Where(i => i >= 0).ToArray();
                if (kept.Length > 0)
                {
                    groups.Add((term.Name, kept));
                }
            }
        }
        else
        {
            for (var i = 0; i < p; i++)
            {
                groups.Add((fit.Coefficients[columns[i]].Name, [i]));
            }
        }

        var rows = groups.Select(g => new ProportionalHazardsRow(g.Name, Test(u, imat, p, g.Columns, fit.CholeskyTolerance))).ToArray();
        var global = Test(u, imat, p, Enumerable.Range(0, p).ToArray(), fit.CholeskyTolerance);
        return new ProportionalHazardsResult("km", rows, global);
    }

    /// <summary>u' I⁻¹ u over β (score 0) and the γ of <paramref name="tested"/>; df = number tested.</summary>
    private static ChiSquareTest Test(double[] u, double[] imat, int p, int[] tested, double toler)
    {
        var index = Enumerable.Range(0, p).Concat(tested.Select(t => p + t)).ToArray();
        var k = index.Length;
        var sub = new double[k * k];
        var score = new double[k];
        for (var i = 0; i < k; i++)
        {
            score[i] = i < p ? 0 : u[index[i]];
            for (var j = 0; j < k; j++)
            {
                sub[(i * k) + j] = imat[(index[i] * 2 * p) + index[j]];
            }
        }

        var (statistic, _) = CholeskySolver.QuadraticForm(sub, k, score, toler);
        return ChiSquareTest.Of(statistic, tested.Length);
    }

    /// <summary>
    /// The score for γ (2p vector, first half unused) and the 2p × 2p information at (β̂, 0).
    /// </summary>
    private static (double[] U, double[] Imat) ScoreAndInformation(CoxProblem problem, double[] lp, int[] columns, bool efron)
    {
        var p = columns.Length;
        var q = 2 * p;
        var g = TimeTransform(problem);
        var u = new double[q];
        var imat = new double[q * q];
        var a = new double[p];
        var a2 = new double[p];
        var cmat = new double[p * p];
        var cmat2 = new double[p * p];
        var row = new double[p];
        var x = problem.X;
        var stride = problem.P;

        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var person = problem.StratumStart[s + 1] - 1;
            var denom = 0.0;
            Array.Clear(a);
            Array.Clear(cmat);
            while (person >= first)
            {
                var dtime = problem.Time[person];
                var ndead = 0;
                var denom2 = 0.0;
                var gt = 0.0;
                Array.Clear(a2);
                Array.Clear(cmat2);
                while (person >= first && problem.Time[person] == dtime)
                {
                    for (var j = 0; j < p; j++)
                    {
                        row[j] = x[(person * stride) + columns[j]];
                    }

                    var risk = Math.Exp(lp[person]);
                    if (problem.Status[person] == 0)
                    {
                        denom += risk;
                        AddOuter(a, cmat, row, risk);
                    }
                    else
                    {
                        ndead++;
                        gt = g[person];
                        denom2 += risk;
                        for (var j = 0; j < p; j++)
                        {
                            u[p + j] += gt * row[j];
                        }

                        AddOuter(a2, cmat2, row, risk);
                    }

                    person--;
                }

                if (ndead == 0)
                {
                    continue;
                }

                double s1, s2, t1, t2, t3;
                if (!efron)
                {
                    var den = denom + denom2;
                    s1 = s2 = ndead / den;
                    t1 = t2 = t3 = s1 / den;
                }
                else
                {
                    s1 = s2 = t1 = t2 = t3 = 0;
                    for (var k = 1; k <= ndead; k++)
                    {
                        var frac = (double)k / ndead;
                        var inv = 1 / (denom + (frac * denom2));
                        s1 += inv;
                        s2 += frac * inv;
                        t1 += inv * inv;
                        t2 += frac * inv * inv;
                        t3 += frac * frac * inv * inv;
                    }
                }

                for (var i = 0; i < p; i++)
                {
                    u[p + i] -= gt * ((s1 * a[i]) + (s2 * a2[i]));
                    for (var j = 0; j <= i; j++)
                    {
                        var v = (s1 * cmat[(i * p) + j]) + (s2 * cmat2[(i * p) + j])
                            - ((t1 * a[i] * a[j]) + (t2 * ((a[i] * a2[j]) + (a2[i] * a[j]))) + (t3 * a2[i] * a2[j]));
                        imat[(i * q) + j] += v;
                        imat[(i * q) + p + j] += gt * v;
                        imat[((p + i) * q) + p + j] += gt * gt * v;
                    }
                }

                denom += denom2;
                for (var i = 0; i < p; i++)
                {
                    a[i] += a2[i];
                    for (var j = 0; j <= i; j++)
                    {
                        cmat[(i * p) + j] += cmat2[(i * p) + j];
                    }
                }
            }
        }

        // Fill the symmetric blocks: [I11 I12; I12' I22], I12 symmetric.
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                imat[(j * q) + i] = imat[(i * q) + j];
                imat[(j * q) + p + i] = imat[(i * q) + p + j];
                imat[((p + j) * q) + p + i] = imat[((p + i) * q) + p + j];
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                imat[((p + i) * q) + j] = imat[(j * q) + p + i];
            }
        }

        return (u, imat);
    }

    private static void AddOuter(double[] a, double[] cmat, double[] row, double risk)
    {
        var p = row.Length;
        for (var i = 0; i < p; i++)
        {
            var ri = risk * row[i];
            a[i] += ri;
            for (var j = 0; j <= i; j++)
            {
                cmat[(i * p) + j] += ri * row[j];
            }
        }
    }

    /// <summary>
    /// g(t) = 1 − KM(t−) of every sorted row (pooled over strata), centred at its mean over the events.
    /// </summary>
    private static double[] TimeTransform(CoxProblem problem)
    {
        var n = problem.N;
        var before = SurvivalJustBefore(problem);
        var g = new double[n];
        var sum = 0.0;
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            g[i] = 1 - before[i];
            if (problem.Status[i] == 1)
            {
                sum += g[i];
                events++;
            }
        }

        var mean = sum / events;
        for (var i = 0; i < n; i++)
        {
            g[i] -= mean;
        }

        return g;
    }

    /// <summary>
    /// The pooled Kaplan–Meier estimate just before each sorted row's time, KM(t−), over all rows whatever
    /// their stratum (as <c>cox.zph</c>'s "km" transform).
    /// </summary>
    internal static double[] SurvivalJustBefore(CoxProblem problem)
    {
        var n = problem.N;
        var times = (double[])problem.Time.Clone();
        var status = (byte[])problem.Status.Clone();
        Array.Sort(times, status);
        var distinct = new List<double>();
        var before = new List<double>();
        var survival = 1.0;
        for (var i = 0; i < n;)
        {
            var j = i;
            var deaths = 0;
            while (j < n && times[j] == times[i])
            {
                deaths += status[j];
                j++;
            }

            distinct.Add(times[i]);
            before.Add(survival);
            survival *= 1 - ((double)deaths / (n - i));
            i = j;
        }

        var distinctTimes = distinct.ToArray();
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = before[Array.BinarySearch(distinctTimes, problem.Time[i])];
        }

        return result;
    }
}
