namespace SmnpcRepro.Survival.Cox.Firth;

/// <summary>Inverse and log-determinant of a symmetric positive-definite matrix by Cholesky (row-major, in place).</summary>
internal static class SymmetricInverse
{
    /// <summary>Replaces <paramref name="m"/> by its inverse; false (m unchanged in meaning) when not positive definite.</summary>
    public static bool TryInvert(Span<double> m, int n, out double logDeterminant)
    {
        logDeterminant = double.NaN;
        var l = new double[n * n];
        var logDet = 0.0;
        for (var j = 0; j < n; j++)
        {
            var d = m[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }

            var ljj = Math.Sqrt(d);
            l[(j * n) + j] = ljj;
            logDet += 2 * Math.Log(ljj);
            for (var i = j + 1; i < n; i++)
            {
                var s = m[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / ljj;
            }
        }

        // inverse = L^-T L^-1, column by column.
        var column = new double[n];
        for (var c = 0; c < n; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            for (var i = 0; i < n; i++)
            {
                var s = column[i];
                for (var k = 0; k < i; k++)
                {
                    s -= l[(i * n) + k] * column[k];
                }

                column[i] = s / l[(i * n) + i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var s = column[i];
                for (var k = i + 1; k < n; k++)
                {
                    s -= l[(k * n) + i] * column[k];
                }

                column[i] = s / l[(i * n) + i];
            }

            for (var i = 0; i < n; i++)
            {
                m[(i * n) + c] = column[i];
            }
        }

        logDeterminant = logDet;
        return true;
    }
}
