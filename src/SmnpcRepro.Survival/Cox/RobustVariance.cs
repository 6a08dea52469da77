using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The robust (sandwich) variance of a Cox fit as <c>coxph(robust = TRUE)</c> / <c>cluster()</c> computes
/// it: D'D with D the dfbeta residuals (score residuals times the model-based variance) summed within
/// clusters, and the robust score test from the score residuals at β = 0 (R's <c>rscore</c>).
/// <para>
/// Score residuals (R's <c>coxscore2</c>, Breslow or Efron) are computed in O(n p) rather than R's O(n² p):
/// for subject i, L_i = δ_i (x_i − x̄_D(t_i)) − r_i Σ_{t_k ≤ t_i} (x_i − x̄(t_k)) dΛ(t_k), where each death
/// time contributes its hazard increment and hazard-weighted mean (with Efron's 1/d steps, the dying
/// subjects' own share reduced), accumulated forward in time.
/// </para>
/// </summary>
internal static class RobustVariance
{
    /// <summary>
    /// The robust variance (p × p, original scale) and robust score test. <paramref name="naiveVariance"/>
    /// is the model-based variance; <paramref name="clusterSorted"/> the cluster of each sorted row, or
    /// <c>null</c> for one cluster per row.
    /// </summary>
    public static (double[] Variance, ChiSquareTest ScoreTest, int Clusters) Compute(CoxProblem problem, double[] risk, TieMethod ties, ReadOnlySpan<double> naiveVariance, int[]? clusterSorted, double cholesky)
    {
        var n = problem.N;
        var p = problem.P;
        var clusters = n;
        if (clusterSorted is not null)
        {
            clusters = 0;
            foreach (var c in clusterSorted)
            {
                clusters = Math.Max(clusters, c + 1);
            }
        }

        // dfbeta = L V, collapsed by cluster.
        var residuals = ScoreResiduals(problem, risk, ties);
        var collapsed = new double[clusters * p];
        var dfbeta = new double[p];
        for (var i = 0; i < n; i++)
        {
            var row = residuals.AsSpan(i * p, p);
            dfbeta.AsSpan().Clear();
            for (var k = 0; k < p; k++)
            {
                var rk = row[k];
                for (var j = 0; j < p; j++)
                {
                    dfbeta[j] += rk * naiveVariance[(k * p) + j];
                }
            }

            var target = collapsed.AsSpan((clusterSorted?[i] ?? i) * p, p);
            for (var j = 0; j < p; j++)
            {
                target[j] += dfbeta[j];
            }
        }

        var variance = CrossProduct(collapsed, clusters, p);

        // Robust score test at beta = 0 (every risk score 1).
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var residuals0 = ScoreResiduals(problem, ones, ties);
        var collapsed0 = clusterSorted is null ? residuals0 : new double[clusters * p];
        if (clusterSorted is not null)
        {
            for (var i = 0; i < n; i++)
            {
                var target = collapsed0.AsSpan(clusterSorted[i] * p, p);
                var row = residuals0.AsSpan(i * p, p);
                for (var j = 0; j < p; j++)
                {
                    target[j] += row[j];
                }
            }
        }

        var u = new double[p];
        for (var c = 0; c < clusters; c++)
        {
            for (var j = 0; j < p; j++)
            {
                u[j] += collapsed0[(c * p) + j];
            }
        }

        var (statistic, df) = CholeskySolver.QuadraticForm(CrossProduct(collapsed0, clusters, p), p, u, cholesky);
        return (variance, ChiSquareTest.Of(statistic, df), clusters);
    }

    private static double[] CrossProduct(double[] rows, int count, int p)
    {
        var result = new double[p * p];
        for (var c = 0; c < count; c++)
        {
            var row = rows.AsSpan(c * p, p);
            for (var i = 0; i < p; i++)
            {
                var ri = row[i];
                for (var j = 0; j <= i; j++)
                {
                    result[(i * p) + j] += ri * row[j];
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                result[(j * p) + i] = result[(i * p) + j];
            }
        }

        return result;
    }

    /// <summary>
    /// Score residuals (n × p, sorted row order, original covariate scale) at the risk scores
    /// <paramref name="risk"/> = exp(linear predictor), R's <c>residuals(fit, type = "score")</c>.
    /// </summary>
    public static double[] ScoreResiduals(CoxProblem problem, double[] risk, TieMethod ties)
    {
        var n = problem.N;
        var p = problem.P;
        var time = problem.Time;
        var status = problem.Status;
        var efron = ties == TieMethod.Efron;
        var resid = new double[n * p];
        var a = new double[p];
        var a2 = new double[p];
        var cumulativeMean = new double[p];
        var mean = new double[p];

        // Per death time (within the current stratum): H1, H2 and the p-vectors M1, M2, MD.
        var h1 = new List<double>();
        var h2 = new List<double>();
        var m1 = new List<double>();
        var m2 = new List<double>();
        var md = new List<double>();

        for (var s = 0; s < problem.StratumCount; s++)
        {
            var first = problem.StratumStart[s];
            var last = problem.StratumStart[s + 1] - 1;
            h1.Clear();
            h2.Clear();
            m1.Clear();
            m2.Clear();
            md.Clear();

            // Backward: risk-set sums at each death time (stored from the latest time to the earliest).
            var denom = 0.0;
            Array.Clear(a);
            for (var i = last; i >= first;)
            {
                var lo = i;
                while (lo > first && time[lo - 1] == time[i])
                {
                    lo--;
                }

                var deaths = 0;
                var deathDenom = 0.0;
                Array.Clear(a2);
                for (var k = lo; k <= i; k++)
                {
                    var r = risk[k];
                    denom += r;
                    var row = problem.Row(k);
                    for (var j = 0; j < p; j++)
                    {
                        a[j] += r * row[j];
                    }

                    if (status[k] == 1)
                    {
                        deaths++;
                        deathDenom += r;
                        for (var j = 0; j < p; j++)
                        {
                            a2[j] += r * row[j];
                        }
                    }
                }

                if (deaths > 0)
                {
                    AddDeathTime(deaths, denom, deathDenom, efron && deaths > 1);
                }

                i = lo - 1;
            }

            // Forward: cumulative hazard and hazard-weighted means before each time.
            var deathIndex = h1.Count - 1;
            var cumulativeHazard = 0.0;
            Array.Clear(cumulativeMean);
            for (var i = first; i <= last;)
            {
                var hi = i;
                var anyDeath = status[i] == 1;
                while (hi < last && time[hi + 1] == time[i])
                {
                    hi++;
                    anyDeath |= status[hi] == 1;
                }

                for (var k = i; k <= hi; k++)
                {
                    var r = risk[k];
                    var row = problem.Row(k);
                    var target = resid.AsSpan(k * p, p);
                    if (status[k] == 1)
                    {
                        var hk2 = h2[deathIndex];
                        for (var j = 0; j < p; j++)
                        {
                            var m2j = m2[(deathIndex * p) + j];
                            target[j] = row[j] - md[(deathIndex * p) + j]
                                - (r * ((row[j] * (cumulativeHazard + hk2)) - (cumulativeMean[j] + m2j)));
                        }
                    }
                    else
                    {
                        var h = cumulativeHazard + (anyDeath ? h1[deathIndex] : 0);
                        for (var j = 0; j < p; j++)
                        {
                            var m = cumulativeMean[j] + (anyDeath ? m1[(deathIndex * p) + j] : 0);
                            target[j] = -r * ((row[j] * h) - m);
                        }
                    }
                }

                if (anyDeath)
                {
                    cumulativeHazard += h1[deathIndex];
                    for (var j = 0; j < p; j++)
                    {
                        cumulativeMean[j] += m1[(deathIndex * p) + j];
                    }

                    deathIndex--;
                }

                i = hi + 1;
            }
        }

        // Back to the original covariate scale: residuals are linear in x - mean.
        var scale = problem.Scale;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                resid[(i * p) + j] /= scale[j];
            }
        }

        return resid;

        void AddDeathTime(int deaths, double denom, double deathDenom, bool efronSteps)
        {
            double sh1 = 0, sh2 = 0;
            var start = m1.Count;
            for (var j = 0; j < p; j++)
            {
                m1.Add(0);
                m2.Add(0);
                md.Add(0);
            }

            if (!efronSteps)
            {
                var hazard = deaths / denom;
                sh1 = sh2 = hazard;
                for (var j = 0; j < p; j++)
                {
                    var mj = a[j] / denom;
                    m1[start + j] = m2[start + j] = mj * hazard;
                    md[start + j] = mj;
                }
            }
            else
            {
                for (var dd = 0; dd < deaths; dd++)
                {
                    var downweight = (double)dd / deaths;
                    var reduced = denom - (downweight * deathDenom);
                    var hazard = 1 / reduced;
                    sh1 += hazard;
                    sh2 += hazard * (1 - downweight);
                    for (var j = 0; j < p; j++)
                    {
                        mean[j] = (a[j] - (downweight * a2[j])) / reduced;
                        m1[start + j] += mean[j] * hazard;
                        m2[start + j] += mean[j] * hazard * (1 - downweight);
                        md[start + j] += mean[j] / deaths;
                    }
                }
            }

            h1.Add(sh1);
            h2.Add(sh2);
        }
    }
}
