namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The one Cholesky of the survival library: the generalized routines of R's survival package
/// (<c>cholesky2</c>, <c>chsolve2</c>, <c>chinv2</c>): A = F D F' with unit lower-triangular F, where a pivot
/// below <c>toler</c> (R's <c>toler.chol</c>) times the largest diagonal marks the column as redundant (its D
/// is set to 0, its solution and inverse to 0). That is how <c>coxph</c> detects constant and collinear
/// covariates. Matrices are n×n, row-major, in place in caller-owned spans: nothing is allocated except by
/// <see cref="QuadraticForm"/>.
/// </summary>
internal static class CholeskySolver
{
    /// <summary>
    /// Factors the symmetric matrix whose upper triangle (and diagonal) is given; the factor goes into the
    /// lower triangle and the diagonal. Returns the rank, negated when the matrix is not non-negative definite.
    /// </summary>
    public static int Decompose(Span<double> m, int n, double toler)
    {
        var nonNegative = 1;
        var eps = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > eps)
            {
                eps = m[(i * n) + i];
            }

            for (var j = i + 1; j < n; j++)
            {
                m[(j * n) + i] = m[(i * n) + j];
            }
        }

        if (eps == 0)
        {
            return 0;
        }

        eps *= toler;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = m[(i * n) + i];
            if (IsRedundant(pivot, eps))
            {
                m[(i * n) + i] = 0;
                if (pivot < -8 * eps)
                {
                    nonNegative = -1;
                }
            }
            else
            {
                rank++;
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[(j * n) + i] / pivot;
                    m[(j * n) + i] = temp;
                    m[(j * n) + j] -= temp * temp * pivot;
                    for (var k = j + 1; k < n; k++)
                    {
                        m[(k * n) + j] -= temp * m[(k * n) + i];
                    }
                }
            }
        }

        return rank * nonNegative;
    }

    /// <summary>The rank rule, R's: a pivot that is not finite or is below toler × the largest diagonal marks a redundant column.</summary>
    public static bool IsRedundant(double pivot, double eps) => !double.IsFinite(pivot) || pivot < eps;

    /// <summary>Solves A b = y given the factor from <see cref="Decompose"/>; y is overwritten with b.</summary>
    public static void Solve(ReadOnlySpan<double> m, int n, Span<double> y)
    {
        for (var i = 0; i < n; i++)
        {
            var temp = y[i];
            for (var j = 0; j < i; j++)
            {
                temp -= y[j] * m[(i * n) + j];
            }

            y[i] = temp;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (m[(i * n) + i] == 0)
            {
                y[i] = 0;
            }
            else
            {
                var temp = y[i] / m[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    temp -= y[j] * m[(j * n) + i];
                }

                y[i] = temp;
            }
        }
    }

    /// <summary>
    /// Replaces the factor from <see cref="Decompose"/> by the full symmetric (generalized) inverse; rows and
    /// columns of redundant variables are 0.
    /// </summary>
    public static void Invert(Span<double> m, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > 0)
            {
                m[(i * n) + i] = 1 / m[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    m[(j * n) + i] = -m[(j * n) + i];
                    for (var k = 0; k < i; k++)
                    {
                        m[(j * n) + k] += m[(j * n) + i] * m[(i * n) + k];
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] == 0)
            {
                for (var j = 0; j < i; j++)
                {
                    m[(j * n) + i] = 0;
                }

                for (var j = i; j < n; j++)
                {
                    m[(i * n) + j] = 0;
                }
            }
            else
            {
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[(j * n) + i] * m[(j * n) + j];
                    m[(i * n) + j] = temp;
                    for (var k = i; k < j; k++)
                    {
                        m[(i * n) + k] += temp * m[(j * n) + k];
                    }
                }
            }
        }

        for (var i = 1; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                m[(i * n) + j] = m[(j * n) + i];
            }
        }
    }

    /// <summary>
    /// R's <c>coxph.wtest</c>: the quadratic form b' V⁻¹ b with a generalized inverse, and its degrees of
    /// freedom (the rank of V).
    /// </summary>
    public static (double Statistic, int DegreesOfFreedom) QuadraticForm(ReadOnlySpan<double> variance, int n, ReadOnlySpan<double> b, double toler)
    {
        var m = variance.ToArray();
        Decompose(m, n, toler);
        var df = 0;
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > 0)
            {
                df++;
            }
        }

        var solve = b.ToArray();
        Solve(m, n, solve);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += b[i] * solve[i];
        }

        return (sum, df);
    }

    /// <summary>
    /// <see cref="QuadraticForm(ReadOnlySpan{double}, int, ReadOnlySpan{double}, double)"/> over the coefficients
    /// <paramref name="columns"/> of a <paramref name="p"/> × <paramref name="p"/> row-major variance and its
    /// coefficient vector: the Wald test that those coefficients are all 0 (a term's test, or a factor's).
    /// </summary>
    public static (double Statistic, int DegreesOfFreedom) QuadraticForm(ReadOnlySpan<double> variance, int p, ReadOnlySpan<double> coefficients, ReadOnlySpan<int> columns, double toler)
    {
        var k = columns.Length;
        var sub = new double[k * k];
        var b = new double[k];
        for (var i = 0; i < k; i++)
        {
            b[i] = coefficients[columns[i]];
            for (var j = 0; j < k; j++)
            {
                sub[(i * k) + j] = variance[(columns[i] * p) + columns[j]];
            }
        }

        return QuadraticForm(sub, k, b, toler);
    }
}
