namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// The survival engine's Newton–Raphson driver (R's <c>coxfit6</c>) repeated without allocation: from
/// β = 0, convergence when |1 − loglik_best / loglik_new| ≤ 1e-9, step-halving when the log-likelihood
/// falls or is not finite, at most 20 iterations, the variance the inverse information at the answer.
/// Newton's method is invariant to the centring and scaling the engine applies, so the iterates are the
/// engine's up to rounding.
/// </summary>
internal sealed class BreslowNewtonRaphson
{
    private const double Epsilon = 1e-9;
    private const int MaxIterations = 20;

    private readonly double[] _beta;
    private readonly double[] _newBeta;
    private readonly double[] _score;
    private readonly double[] _information;
    private readonly double[] _column;

    /// <summary>Workspace for up to <paramref name="maxParameters"/> coefficients.</summary>
    public BreslowNewtonRaphson(int maxParameters)
    {
        _beta = new double[maxParameters];
        _newBeta = new double[maxParameters];
        _score = new double[maxParameters];
        _information = new double[maxParameters * maxParameters];
        _column = new double[maxParameters];
    }

    /// <summary>
    /// Fits <paramref name="likelihood"/>: writes β̂ and its variance (p × p); false when the information
    /// is not positive definite at the start or the answer (the outputs are then NaN).
    /// </summary>
    public bool Fit(BreslowLikelihood likelihood, Span<double> coefficients, Span<double> variance)
    {
        var p = likelihood.Parameters;
        var beta = _beta.AsSpan(0, p);
        var newBeta = _newBeta.AsSpan(0, p);
        var u = _score.AsSpan(0, p);
        var imat = _information.AsSpan(0, p * p);
        beta.Clear();
        var best = likelihood.Evaluate(beta, u, imat);
        if (!double.IsFinite(best) || !SmallCholesky.Decompose(imat, p))
        {
            return Fail(coefficients, variance, p);
        }

        SmallCholesky.Solve(imat, p, u);
        u.CopyTo(newBeta);
        var halving = 0;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var loglik = likelihood.Evaluate(newBeta, u, imat);
            var decomposed = SmallCholesky.Decompose(imat, p);
            var finite = double.IsFinite(loglik) && AllFinite(u) && AllFinite(imat);
            if (finite && decomposed && Math.Abs(1 - (best / loglik)) <= Epsilon)
            {
                return Finish(newBeta, imat, coefficients, variance, p);
            }

            if (!finite || !decomposed || loglik < best)
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
                best = loglik;
                SmallCholesky.Solve(imat, p, u);
                for (var i = 0; i < p; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += u[i];
                }
            }
        }

        // Out of iterations: the last good β with its information, as the engine reports it.
        likelihood.Evaluate(beta, u, imat);
        return SmallCholesky.Decompose(imat, p) ? Finish(beta, imat, coefficients, variance, p) : Fail(coefficients, variance, p);
    }

    private bool Finish(ReadOnlySpan<double> beta, ReadOnlySpan<double> factor, Span<double> coefficients, Span<double> variance, int p)
    {
        beta.CopyTo(coefficients);
        SmallCholesky.Invert(factor, p, variance, _column);
        return true;
    }

    private static bool Fail(Span<double> coefficients, Span<double> variance, int p)
    {
        coefficients[..p].Fill(double.NaN);
        variance[..(p * p)].Fill(double.NaN);
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
