namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The numeric driver of a Cox fit, R's <c>coxfit6</c>: Newton–Raphson from β = 0 on the centred, scaled
/// covariates, the score test at β = 0 from the first step, convergence when
/// |1 − loglik_best / loglik_new| ≤ eps, step-halving (increasingly aggressive, as in survival ≥ 3) when
/// the log-likelihood falls or is not finite, and at most <c>iter.max</c> iterations.
/// </summary>
internal static class CoxNewtonRaphson
{
    /// <summary>R's flag for "ran out of iterations".</summary>
    public const int NotConvergedFlag = 1000;

    public static CoxIterationResult Run(CoxProblem problem, CoxKernel kernel, CoxOptions options)
    {
        var p = problem.P;
        var scale = problem.Scale;
        var beta = new double[p];
        var newBeta = new double[p];
        var u = new double[p];
        var imat = new double[p * p];
        var step = new double[p];
        var eps = options.ConvergenceTolerance;
        var toler = options.CholeskyTolerance;
        var maxIterations = options.MaxIterations;

        var loglikNull = kernel.Evaluate(beta, u, imat);
        u.CopyTo(step, 0);
        var flag = CholeskySolver.Decompose(imat, p, toler);
        CholeskySolver.Solve(imat, p, step);
        var scoreTest = 0.0;
        for (var i = 0; i < p; i++)
        {
            scoreTest += u[i] * step[i];
        }

        if (maxIterations == 0 || !double.IsFinite(loglikNull))
        {
            CholeskySolver.Invert(imat, p);
            return Finish(beta, u, imat, scale, loglikNull, loglikNull, scoreTest, 0, flag, converged: maxIterations == 0 && double.IsFinite(loglikNull), halved: false);
        }

        var best = loglikNull;
        for (var i = 0; i < p; i++)
        {
            newBeta[i] = beta[i] + step[i];
        }

        var halving = 0;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var newLoglik = kernel.Evaluate(newBeta, u, imat);
            flag = CholeskySolver.Decompose(imat, p, toler);
            var finite = double.IsFinite(newLoglik);
            for (var i = 0; i < p && finite; i++)
            {
                finite = double.IsFinite(u[i]);
            }

            for (var i = 0; i < p * p && finite; i++)
            {
                finite = double.IsFinite(imat[i]);
            }

            if (finite && Math.Abs(1 - (best / newLoglik)) <= eps)
            {
                CholeskySolver.Invert(imat, p);
                return Finish(newBeta, u, imat, scale, loglikNull, newLoglik, scoreTest, iteration, flag, converged: true, halved: halving > 0);
            }

            if (!finite || newLoglik < best)
            {
                halving++;
                for (var i = 0; i < p; i++)
                {
                    newBeta[i] = (newBeta[i] + (halving * beta[i])) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = newLoglik;
                CholeskySolver.Solve(imat, p, u);
                for (var i = 0; i < p; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += u[i];
                }
            }
        }

        // Out of iterations: as R, report the last good β with the log-likelihood, score and information
        // recomputed there. (R 3.5-3 then inverts only the diagonal of that information, a quirk not copied
        // here: the full inverse is used, so a non-converged fit has the usual standard errors.)
        var finalLoglik = kernel.Evaluate(beta, u, imat);
        CholeskySolver.Decompose(imat, p, toler);
        CholeskySolver.Invert(imat, p);
        return Finish(beta, u, imat, scale, loglikNull, finalLoglik, scoreTest, maxIterations + 1, NotConvergedFlag, converged: false, halved: halving > 0);
    }

    private static CoxIterationResult Finish(double[] beta, double[] u, double[] imat, double[] scale, double loglikNull, double loglikFinal, double scoreTest, int iterations, int flag, bool converged, bool halved)
    {
        var p = beta.Length;
        var coef = new double[p];
        var score = new double[p];
        var variance = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            coef[i] = beta[i] * scale[i];
            score[i] = u[i] / scale[i];
            for (var j = 0; j < p; j++)
            {
                variance[(i * p) + j] = imat[(i * p) + j] * scale[i] * scale[j];
            }
        }

        return new CoxIterationResult(coef, score, variance, loglikNull, loglikFinal, scoreTest, iterations, flag, converged, halved);
    }
}

/// <summary>What <see cref="CoxNewtonRaphson"/> returns, on the original covariate scale.</summary>
/// <param name="Coefficients">β̂.</param>
/// <param name="Score">The score at β̂ (R's <c>coxfit$u</c>).</param>
/// <param name="Variance">Inverse information at β̂, p × p row-major; rows/columns of redundant variables are 0.</param>
/// <param name="LogLikelihoodNull">Log partial likelihood at β = 0.</param>
/// <param name="LogLikelihoodFinal">At β̂.</param>
/// <param name="ScoreTest">Score (log-rank) test statistic at β = 0.</param>
/// <param name="Iterations">Newton–Raphson iterations (R's <c>iter</c>).</param>
/// <param name="Flag">Rank of the information (R's <c>flag</c>), or 1000 when out of iterations.</param>
/// <param name="Converged">Whether the convergence criterion was met.</param>
/// <param name="Halved">Whether the last step was a halved one.</param>
internal sealed record CoxIterationResult(double[] Coefficients, double[] Score, double[] Variance, double LogLikelihoodNull, double LogLikelihoodFinal, double ScoreTest, int Iterations, int Flag, bool Converged, bool Halved);
