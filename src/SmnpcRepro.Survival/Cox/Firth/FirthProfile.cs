namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>
/// coxphf's Fortran routine <c>PLCOMP</c>: profile penalized-likelihood confidence limits by the
/// Venzon–Moolgavkar iteration, and penalized likelihood-ratio tests of each β_j = 0 by restricted fits.
/// A limit for β_k solves pl(β) = pl_max − χ²₁(level)/2 with the other coefficients at their profile
/// maximum: iterate β ← β + V (U* + λ e_k), λ = ±sqrt(−2 (target − pl − ½ U*'V U*) / V_kk), each step
/// capped at maxstep, until |target − pl| ≤ epsilon and (U* + λe)'V(U* + λe) ≤ epsilon; V is the inverse
/// unpenalized information.
/// </summary>
internal static class FirthProfile
{
    public static (double Lower, double Upper, int LowerIterations, int UpperIterations) Limits(FirthKernel kernel, FirthOptions options, double[] estimate, double maxLoglik, double chiSquare, int k)
    {
        var lower = Limit(kernel, options, estimate, maxLoglik - (0.5 * chiSquare), k, -1, out var lowerIterations);
        var upper = Limit(kernel, options, estimate, maxLoglik - (0.5 * chiSquare), k, +1, out var upperIterations);
        return (lower, upper, lowerIterations, upperIterations);
    }

    private static double Limit(FirthKernel kernel, FirthOptions options, double[] estimate, double target, int k, int sign, out int iterations)
    {
        var p = kernel.P;
        var b = (double[])estimate.Clone();
        var score = new double[p];
        var information = new double[p * p];
        kernel.Evaluate(b, score, information, out _);
        var variance = (double[])information.Clone();
        if (!SymmetricInverse.TryInvert(variance, p, out _))
        {
            iterations = options.MaxIterations;
            return double.NaN;
        }

        var lambda = 0.0;
        var delta = new double[p];
        iterations = 0;
        var converged = false;
        while (!converged)
        {
            iterations++;
            for (var i = 0; i < p; i++)
            {
                var d = 0.0;
                for (var j = 0; j < p; j++)
                {
                    d += (score[j] + (j == k ? lambda : 0)) * variance[(i * p) + j];
                }

                delta[i] = Math.Abs(d) > options.MaxStep ? Math.CopySign(options.MaxStep, d) : d;
                b[i] += delta[i];
            }

            var loglik = kernel.Evaluate(b, score, information, out _);
            information.CopyTo(variance, 0);
            if (!SymmetricInverse.TryInvert(variance, p, out _))
            {
                iterations = options.MaxIterations;
                return double.NaN;
            }

            var gvg = Quadratic(variance, score, score, p);
            lambda = sign * Math.Sqrt(-(2 * (target - loglik - (0.5 * gvg)) / variance[(k * p) + k]));
            converged = Math.Abs(target - loglik) <= options.Epsilon;
            var shifted = (double[])score.Clone();
            shifted[k] += lambda;
            if (!(Quadratic(variance, shifted, shifted, p) <= options.Epsilon))
            {
                converged = false;
            }

            if (iterations >= options.MaxIterations)
            {
                break;
            }
        }

        // coxphf reports NA for a limit that used all its iterations.
        return converged && iterations < options.MaxIterations ? b[k] : double.NaN;
    }

    private static double Quadratic(double[] m, double[] a, double[] b, int p)
    {
        var sum = 0.0;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                sum += a[i] * m[(i * p) + j] * b[j];
            }
        }

        return sum;
    }
}
