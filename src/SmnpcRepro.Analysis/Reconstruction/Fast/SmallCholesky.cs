namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// Cholesky factorisation, solve and inverse of a small symmetric positive-definite matrix held
/// row-major in a span (p ≤ 15 here): the search's Newton steps without allocation.
/// </summary>
internal static class SmallCholesky
{
    /// <summary>Replaces the lower triangle of <paramref name="a"/> by L (A = LLᵀ); false when A is not positive definite.</summary>
    public static bool Decompose(Span<double> a, int p)
    {
        var largest = 0.0;
        for (var i = 0; i < p; i++)
        {
            largest = Math.Max(largest, Math.Abs(a[(i * p) + i]));
        }

        var tolerance = 1e-12 * largest;
        for (var j = 0; j < p; j++)
        {
            var d = a[(j * p) + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[(j * p) + k] * a[(j * p) + k];
            }

            if (!(d > tolerance))
            {
                return false;
            }

            var root = Math.Sqrt(d);
            a[(j * p) + j] = root;
            for (var i = j + 1; i < p; i++)
            {
                var s = a[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[(i * p) + k] * a[(j * p) + k];
                }

                a[(i * p) + j] = s / root;
            }
        }

        return true;
    }

    /// <summary>Solves A x = b in place, given the factor from <see cref="Decompose"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int p, Span<double> b)
    {
        for (var i = 0; i < p; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * p) + k] * b[k];
            }

            b[i] = s / l[(i * p) + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < p; k++)
            {
                s -= l[(k * p) + i] * b[k];
            }

            b[i] = s / l[(i * p) + i];
        }
    }

    /// <summary>Writes A⁻¹ (full, symmetric) into <paramref name="inverse"/>, given the factor from <see cref="Decompose"/>.</summary>
    public static void Invert(ReadOnlySpan<double> l, int p, Span<double> inverse, Span<double> column)
    {
        for (var j = 0; j < p; j++)
        {
            column[..p].Clear();
            column[j] = 1;
            Solve(l, p, column);
            for (var i = 0; i < p; i++)
            {
                inverse[(i * p) + j] = column[i];
            }
        }
    }
}
