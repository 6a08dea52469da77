namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// coxphf's Fortran routine <c>FIRTHCOX</c>: Newton–Raphson on the penalized log-likelihood using the
/// unpenalized information as the Hessian, each standardized step capped at <c>maxstep</c>, up to
/// <c>maxhs</c> step-halvings while pl does not increase (not on the first iteration), converged when every
/// |Δβ| ≤ epsilon and every free |U*| ≤ gconv. Coefficients with <c>fixedMask</c> set stay at their value in
/// <c>start</c> (restricted fits for penalized likelihood-ratio tests).
/// </summary>
internal static class FirthIteration
{
    public static FirthIterationResult Run(FirthKernel kernel, FirthOptions options, bool[] fixedMask, double[] start)
    {
        var p = kernel.P;
        var b = new double[p];
        for (var j = 0; j < p; j++)
        {
            b[j] = fixedMask[j] ? start[j] : 0.0;
        }

        var b0 = new double[p];
        var score = new double[p];
        var information = new double[p * p];
        var variance = new double[p * p];
        var anyFree = fixedMask.Any(f => !f);
        var loglik = 0.0;
        var loglikStart = double.NaN;
        var iteration = 0;
        var converged = false;
        var numericalProblem = false;
        while (!converged && iteration < options.MaxIterations)
        {
            iteration++;
            b.CopyTo(b0, 0);
            var previous = loglik;
            if (iteration == 1)
            {
                loglik = kernel.Evaluate(b, score, information, out var singular);
                numericalProblem |= singular;
                loglikStart = loglik;
            }

            if (anyFree)
            {
                information.CopyTo(variance, 0);
                if (!SymmetricInverse.TryInvert(variance, p, out _))
                {
                    return new FirthIterationResult(b, score, information, loglikStart, loglik, iteration, Converged: false, NumericalProblem: true);
                }

                for (var i = 0; i < p; i++)
                {
                    if (fixedMask[i])
                    {
                        continue;
                    }

                    var step = 0.0;
                    for (var k = 0; k < p; k++)
                    {
                        step += fixedMask[k] ? 0 : variance[(i * p) + k] * score[k];
                    }

                    if (Math.Abs(step) > options.MaxStep)
                    {
                        step = Math.Sign(step) * options.MaxStep;
                    }

                    b[i] += step;
                }

                loglik = kernel.Evaluate(b, score, information, out var singularStep);
                numericalProblem |= singularStep;
                var halvings = 0;
                while (loglik <= previous && iteration != 1 && halvings <= options.MaxHalvings)
                {
                    halvings++;
                    for (var i = 0; i < p; i++)
                    {
                        if (!fixedMask[i])
                        {
                            b[i] = (b[i] + b0[i]) / 2;
                        }
                    }

                    loglik = kernel.Evaluate(b, score, information, out var singularHalf);
                    numericalProblem |= singularHalf;
                }
            }

            converged = true;
            if (anyFree)
            {
                for (var j = 0; j < p; j++)
                {
                    if (Math.Abs(b[j] - b0[j]) > options.Epsilon || (!fixedMask[j] && Math.Abs(score[j]) > options.GradientTolerance))
                    {
                        converged = false;
                    }
                }
            }
        }

        return new FirthIterationResult(b, score, information, loglikStart, loglik, iteration, converged, numericalProblem);
    }
}

/// <summary>The outcome of <see cref="FirthIteration"/>, on the standardized scale.</summary>
/// <param name="Beta">Final coefficients.</param>
/// <param name="Score">Penalized score there.</param>
/// <param name="Information">Unpenalized information there (p × p).</param>
/// <param name="LogLikelihoodStart">pl at the start (β = 0 for a full fit).</param>
/// <param name="LogLikelihood">pl at the final β.</param>
/// <param name="Iterations">Iterations used.</param>
/// <param name="Converged">Whether the convergence rule was met within the iterations.</param>
/// <param name="NumericalProblem">Singular information met on the way (coxphf's non-zero JCODE).</param>
internal sealed record FirthIterationResult(double[] Beta, double[] Score, double[] Information, double LogLikelihoodStart, double LogLikelihood, int Iterations, bool Converged, bool NumericalProblem);
