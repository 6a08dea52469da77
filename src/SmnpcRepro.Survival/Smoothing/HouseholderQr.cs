namespace SmnpcRepro.Survival.Smoothing;

/// <summary>
/// The Householder QR decomposition of R's <c>qr()</c> (LINPACK <c>dqrdc2</c>, without its column pivoting:
/// a column whose norm falls below <see cref="Tolerance"/> of its original marks the matrix rank-deficient
/// instead), with <c>qr.qty</c> and <c>qr.coef</c> (<c>dqrsl</c>) and R⁻¹. Matrices are n×p, row-major, n ≥ p.
/// </summary>
public sealed class HouseholderQr
{
    /// <summary>R's default <c>tol</c> of <c>qr()</c>.</summary>
    public const double Tolerance = 1e-7;

    private readonly double[] _qr;
    private readonly double[] _qraux;

    private HouseholderQr(int rows, int columns, double[] qr, double[] qraux, bool isFullRank)
    {
        Rows = rows;
        Columns = columns;
        _qr = qr;
        _qraux = qraux;
        IsFullRank = isFullRank;
    }

    /// <summary>Rows of the decomposed matrix.</summary>
    public int Rows { get; }

    /// <summary>Columns of the decomposed matrix.</summary>
    public int Columns { get; }

    /// <summary>Whether every column kept a norm above <see cref="Tolerance"/> of its original (R's rank = p).</summary>
    public bool IsFullRank { get; }

    /// <summary>Decomposes the <paramref name="rows"/>×<paramref name="columns"/> row-major <paramref name="matrix"/>.</summary>
    public static HouseholderQr Decompose(ReadOnlySpan<double> matrix, int rows, int columns)
    {
        if (columns < 1 || rows < columns || matrix.Length != rows * columns)
        {
            throw new ArgumentException($"a QR decomposition needs an n×p matrix with n ≥ p ≥ 1, not {rows}×{columns} ({matrix.Length} values).", nameof(matrix));
        }

        var n = rows;
        var p = columns;
        var x = matrix.ToArray();
        var qraux = new double[p];
        var original = new double[p];
        for (var j = 0; j < p; j++)
        {
            qraux[j] = Norm(x, n, p, j, 0);
            original[j] = qraux[j] == 0 ? 1 : qraux[j];
        }

        var fullRank = true;
        for (var l = 0; l < p; l++)
        {
            if (qraux[l] < original[l] * Tolerance)
            {
                fullRank = false;
            }

            if (l == n - 1)
            {
                qraux[l] = 0;
                continue;
            }

            var norm = Norm(x, n, p, l, l);
            if (norm == 0)
            {
                qraux[l] = 0;
                continue;
            }

            if (x[(l * p) + l] != 0)
            {
                norm = Math.CopySign(norm, x[(l * p) + l]);
            }

            for (var i = l; i < n; i++)
            {
                x[(i * p) + l] /= norm;
            }

            x[(l * p) + l] += 1;
            for (var j = l + 1; j < p; j++)
            {
                var dot = 0.0;
                for (var i = l; i < n; i++)
                {
                    dot += x[(i * p) + l] * x[(i * p) + j];
                }

                var t = -dot / x[(l * p) + l];
                for (var i = l; i < n; i++)
                {
                    x[(i * p) + j] += t * x[(i * p) + l];
                }

                if (qraux[j] != 0)
                {
                    var tt = Math.Max(1 - Math.Pow(Math.Abs(x[(l * p) + j]) / qraux[j], 2), 0);
                    qraux[j] = Math.Abs(tt) < 1e-6 ? Norm(x, n, p, j, l + 1) : qraux[j] * Math.Sqrt(tt);
                }
            }

            qraux[l] = x[(l * p) + l];
            x[(l * p) + l] = -norm;
        }

        return new HouseholderQr(n, p, x, qraux, fullRank);
    }

    /// <summary>Qᵀ y (R's <c>qr.qty</c>) of a vector of <see cref="Rows"/> values.</summary>
    public double[] TransposeQTimes(ReadOnlySpan<double> y)
    {
        if (y.Length != Rows)
        {
            throw new ArgumentException($"y needs {Rows} values, not {y.Length}.", nameof(y));
        }

        var n = Rows;
        var p = Columns;
        var qty = y.ToArray();
        for (var j = 0; j < Math.Min(p, n - 1); j++)
        {
            if (_qraux[j] == 0)
            {
                continue;
            }

            var diagonal = _qraux[j];
            var dot = diagonal * qty[j];
            for (var i = j + 1; i < n; i++)
            {
                dot += _qr[(i * p) + j] * qty[i];
            }

            var t = -dot / diagonal;
            qty[j] += t * diagonal;
            for (var i = j + 1; i < n; i++)
            {
                qty[i] += t * _qr[(i * p) + j];
            }
        }

        return qty;
    }

    /// <summary>The least-squares coefficients b minimising |y − X b| (R's <c>qr.coef</c>); needs full rank.</summary>
    public double[] Coefficients(ReadOnlySpan<double> y)
    {
        RequireFullRank();
        var qty = TransposeQTimes(y);
        var p = Columns;
        var b = new double[p];
        for (var i = p - 1; i >= 0; i--)
        {
            var sum = qty[i];
            for (var k = i + 1; k < p; k++)
            {
                sum -= _qr[(i * p) + k] * b[k];
            }

            b[i] = sum / _qr[(i * p) + i];
        }

        return b;
    }

    /// <summary>(XᵀX)⁻¹ = R⁻¹ R⁻ᵀ, p×p row-major (<c>plot.cox.zph</c>'s <c>xtx</c>); needs full rank.</summary>
    public double[] InverseCrossProduct()
    {
        RequireFullRank();
        var p = Columns;

        // R⁻¹ by back substitution (R's backsolve(qr[1:p, 1:p], diag(p))): upper triangular.
        var inverse = new double[p * p];
        for (var c = 0; c < p; c++)
        {
            for (var i = p - 1; i >= 0; i--)
            {
                var sum = i == c ? 1.0 : 0.0;
                for (var k = i + 1; k < p; k++)
                {
                    sum -= _qr[(i * p) + k] * inverse[(k * p) + c];
                }

                inverse[(i * p) + c] = sum / _qr[(i * p) + i];
            }
        }

        var product = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < p; k++)
                {
                    sum += inverse[(i * p) + k] * inverse[(j * p) + k];
                }

                product[(i * p) + j] = sum;
            }
        }

        return product;
    }

    private void RequireFullRank()
    {
        if (!IsFullRank)
        {
            throw new InvalidOperationException("the matrix is rank-deficient: its QR decomposition has no unique coefficients.");
        }
    }

    private static double Norm(double[] x, int n, int p, int column, int from)
    {
        var sum = 0.0;
        for (var i = from; i < n; i++)
        {
            sum += x[(i * p) + column] * x[(i * p) + column];
        }

        return Math.Sqrt(sum);
    }
}
