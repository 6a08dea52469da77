namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The numeric driver of a Cox fit, R's <c>coxfit6</c>, written once: Newton–Raphson from β = 0, the score
/// test at β = 0 from the first step, convergence when |1 − loglik_best / loglik_new| ≤ eps, step-halving
/// (increasingly aggressive, as in survival ≥ 3) when the log-likelihood falls or is not finite, at most
/// <c>iter.max</c> iterations, and the generalized Cholesky of <see cref="CholeskySolver"/> with
/// <c>toler.chol</c> — every control value read from <see cref="CoxOptions"/>. It runs over any
/// <see cref="IPartialLikelihood"/> in a caller's <see cref="CoxWorkspace"/> without allocating: the engine
/// (<see cref="CoxModel"/>, on its centred, scaled covariates, and so the bootstrap through
/// <see cref="CoxModel.FitEstimates"/>) and lean callers (the reconstruction's evaluator) take the same path. Newton's method is invariant to centring and scaling, so callers that
/// skip them get the engine's iterates up to rounding.
/// </summary>
public static class CoxNewtonRaphson
{
    /// <summary>R's flag for "ran out of iterations".</summary>
    public const int NotConvergedFlag = 1000;

    /// <summary>
    /// Fits <paramref name="likelihood"/> under <paramref name="options"/> (validated by the caller) into
    /// <paramref name="workspace"/>; returns whether it converged. The answer is read from the workspace.
    /// <paramref name="singular"/> says what a singular information does (R's rule by default).
    /// </summary>
    /// <exception cref="ArgumentException">The likelihood has more coefficients than the workspace holds.</exception>
    public static bool Fit(IPartialLikelihood likelihood, CoxOptions options, CoxWorkspace workspace, SingularInformation singular = SingularInformation.DropsRedundantColumns)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workspace);
        var p = likelihood.Parameters;
        if (p > workspace.Capacity)
        {
            throw new ArgumentException(FormattableString.Invariant($"The likelihood has {p} coefficients; the workspace holds {workspace.Capacity}."), nameof(workspace));
        }

        workspace.Parameters = p;
        var beta = workspace.Beta.AsSpan(0, p);
        var newBeta = workspace.NewBeta.AsSpan(0, p);
        var step = workspace.Step.AsSpan(0, p);
        var u = workspace.ScoreArray.AsSpan(0, p);
        var imat = workspace.InformationArray.AsSpan(0, p * p);
        var strict = singular == SingularInformation.FailsTheFit;
        var eps = options.ConvergenceTolerance;
        var toler = options.CholeskyTolerance;
        var maxIterations = options.MaxIterations;

        beta.Clear();
        var loglikNull = likelihood.Evaluate(beta, u, imat);
        u.CopyTo(step);
        var flag = CholeskySolver.Decompose(imat, p, toler);
        CholeskySolver.Solve(imat, p, step);
        var scoreTest = 0.0;
        for (var i = 0; i < p; i++)
        {
            scoreTest += u[i] * step[i];
        }

        workspace.LogLikelihoodNull = loglikNull;
        workspace.ScoreTest = scoreTest;
        if (strict && (flag != p || !double.IsFinite(loglikNull)))
        {
            return Fail(workspace, loglikNull, flag);
        }

        if (maxIterations == 0 || !double.IsFinite(loglikNull))
        {
            return Finish(workspace, beta, imat, loglikNull, 0, flag, converged: maxIterations == 0 && double.IsFinite(loglikNull), halved: false);
        }

        var best = loglikNull;
        for (var i = 0; i < p; i++)
        {
            newBeta[i] = beta[i] + step[i];
        }

        var halving = 0;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var newLoglik = likelihood.Evaluate(newBeta, u, imat);
            flag = CholeskySolver.Decompose(imat, p, toler);
            var finite = double.IsFinite(newLoglik) && AllFinite(u) && AllFinite(imat) && (!strict || flag == p);
            if (finite && Math.Abs(1 - (best / newLoglik)) <= eps)
            {
                return Finish(workspace, newBeta, imat, newLoglik, iteration, flag, converged: true, halved: halving > 0);
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
        var finalLoglik = likelihood.Evaluate(beta, u, imat);
        var rank = CholeskySolver.Decompose(imat, p, toler);
        if (strict && rank != p)
        {
            return Fail(workspace, finalLoglik, rank);
        }

        return Finish(workspace, beta, imat, finalLoglik, maxIterations + 1, NotConvergedFlag, converged: false, halved: halving > 0);
    }

    /// <summary>As <c>coxph</c>: a coefficient is estimable when the information had full rank (or the fit ran out of iterations) or its variance is not 0.</summary>
    public static bool IsEstimable(int flag, int parameters, double variance) => flag >= parameters || variance != 0;

    /// <summary>The engine's fit: the driver in a workspace of its own, the answer put back on the original covariate scale.</summary>
    internal static CoxIterationResult Run(CoxProblem problem, CoxKernel kernel, CoxOptions options)
    {
        var p = problem.P;
        var scale = problem.Scale;
        var workspace = new CoxWorkspace(p);
        Fit(kernel, options, workspace);
        var beta = workspace.Coefficients;
        var u = workspace.Score;
        var imat = workspace.Variance;
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

        return new CoxIterationResult(coef, score, variance, workspace.LogLikelihoodNull, workspace.LogLikelihood, workspace.ScoreTest, workspace.Iterations, workspace.Flag, workspace.Converged, workspace.Halved);
    }

    /// <summary>The answer: β, the inverse of the information factored in <paramref name="factor"/>, and the facts of the run.</summary>
    private static bool Finish(CoxWorkspace workspace, ReadOnlySpan<double> answer, ReadOnlySpan<double> factor, double loglik, int iterations, int flag, bool converged, bool halved)
    {
        var p = answer.Length;
        answer.CopyTo(workspace.CoefficientArray);
        var variance = workspace.VarianceArray.AsSpan(0, p * p);
        factor.CopyTo(variance);
        CholeskySolver.Invert(variance, p);
        workspace.LogLikelihood = loglik;
        workspace.Iterations = iterations;
        workspace.Flag = flag;
        workspace.Converged = converged;
        workspace.Halved = halved;
        return converged;
    }

    /// <summary>A fit that failed under <see cref="SingularInformation.FailsTheFit"/>: NaN coefficients and variance.</summary>
    private static bool Fail(CoxWorkspace workspace, double loglik, int rank)
    {
        var p = workspace.Parameters;
        workspace.CoefficientArray.AsSpan(0, p).Fill(double.NaN);
        workspace.VarianceArray.AsSpan(0, p * p).Fill(double.NaN);
        workspace.LogLikelihood = loglik;
        workspace.Iterations = 0;
        workspace.Flag = Math.Min(rank, p - 1);
        workspace.Converged = false;
        workspace.Halved = false;
        return false;
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What <see cref="CoxNewtonRaphson"/> returns to the engine, on the original covariate scale.</summary>
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
