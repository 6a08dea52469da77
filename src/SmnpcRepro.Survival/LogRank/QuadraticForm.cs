namespace SmnpcRepro.Survival.LogRank;

/// <summary>Small dense linear algebra for test statistics: u′V⁻¹u by Gaussian elimination (the χ² tail is <see cref="Cox.Distributions.ChiSquareUpperTail"/>).</summary>
internal static class QuadraticForm
{
    /// <summary>
    /// u′ V⁻¹ u, as R's <c>sum(solve(vv, u) * u)</c> (LU with partial pivoting). NaN when V is singular
    /// (a pivot below 1e-12 of the largest diagonal element).
    /// </summary>
    public static double Solve(double[,] v, double[] u)
    {
        var k = u.Length;
        var a = (double[,])v.Clone();
        var b = (double[])u.Clone();
        var scale = 0.0;
        for (var i = 0; i < k; i++)
        {
            scale = Math.Max(scale, Math.Abs(a[i, i]));
        }

        for (var col = 0; col < k; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < k; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (!(Math.Abs(a[pivot, col]) > 1e-12 * scale))
            {
                return double.NaN;
            }

            if (pivot != col)
            {
                for (var c = 0; c < k; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (var r = col + 1; r < k; r++)
            {
                var f = a[r, col] / a[col, col];
                if (f == 0)
                {
                    continue;
                }

                for (var c = col; c < k; c++)
                {
                    a[r, c] -= f * a[col, c];
                }

                b[r] -= f * b[col];
            }
        }

        var x = new double[k];
        for (var r = k - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < k; c++)
            {
                sum -= a[r, c] * x[c];
            }

            x[r] = sum / a[r, r];
        }

        var result = 0.0;
        for (var i = 0; i < k; i++)
        {
            result += x[i] * u[i];
        }

        return result;
    }
}
