namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// <c>cox.zph</c>'s <c>$var</c>, <c>solve(vmean)</c>: vmean = I / W, I the information at β̂ (the inverse of
/// the model-based variance) and W_ij = Σ_s min(d_si, d_sj), d_si the events of stratum s when coefficient i
/// varies there and 0 otherwise. Unstratified, it is d · Var(β̂). <c>plot.cox.zph</c> scales its band by it.
/// </summary>
public static class ScaledSchoenfeldVariance
{
    /// <summary>The matrix over the estimable coefficients, in the order of <see cref="ScaledSchoenfeldResult.Terms"/>.</summary>
    public static double[,] Compute(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var problem = fit.Problem;
        var columns = Enumerable.Range(0, problem.P).Where(j => fit.Coefficients[j].IsEstimable).ToArray();
        var p = columns.Length;
        var variance = fit.NaiveVariance ?? fit.Variance;
        var matrix = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                matrix[(a * p) + b] = variance[columns[a], columns[b]];
            }
        }

        // The information I = Var⁻¹, then vmean = I / W.
        Invert(matrix, p, fit.CholeskyTolerance);
        var deaths = StratumDeaths(problem, columns);
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                var w = 0;
                for (var s = 0; s < problem.StratumCount; s++)
                {
                    w += Math.Min(deaths[s, a], deaths[s, b]);
                }

                matrix[(a * p) + b] /= w == 0 ? 1 : w;
            }
        }

        Invert(matrix, p, fit.CholeskyTolerance);
        var result = new double[p, p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                result[a, b] = matrix[(a * p) + b];
            }
        }

        return result;
    }

    private static void Invert(double[] matrix, int p, double toler)
    {
        if (p == 0)
        {
            return;
        }

        CholeskySolver.Decompose(matrix, p, toler);
        CholeskySolver.Invert(matrix, p);
    }

    /// <summary>Per stratum and coefficient, the stratum's events if the coefficient's column varies there, else 0.</summary>
    private static int[,] StratumDeaths(CoxProblem problem, int[] columns)
    {
        var deaths = new int[problem.StratumCount, columns.Length];
        for (var s = 0; s < problem.StratumCount; s++)
        {
            var from = problem.StratumStart[s];
            var to = problem.StratumStart[s + 1];
            var events = 0;
            for (var i = from; i < to; i++)
            {
                events += problem.Status[i];
            }

            for (var a = 0; a < columns.Length; a++)
            {
                var first = problem.X[((long)from * problem.P) + columns[a]];
                for (var i = from + 1; i < to; i++)
                {
                    if (problem.X[((long)i * problem.P) + columns[a]] != first)
                    {
                        deaths[s, a] = events;
                        break;
                    }
                }
            }
        }

        return deaths;
    }
}
