namespace SmnpcRepro.Survival.Smoothing;

/// <summary>
/// The natural cubic spline basis of R's <c>splines::ns(x, df, intercept)</c>: interior knots at the quantiles
/// (type 7) of x at equally spaced probabilities, boundary knots at its range, the cubic B-spline basis on those
/// knots, and the natural constraints (second derivative 0 at both boundary knots) imposed as R does — the
/// basis multiplied by Qᵀ of the constraints' QR and its first two columns dropped — so the columns are R's own.
/// </summary>
public static class NaturalSpline
{
    private const int Order = 4;

    /// <summary>
    /// The basis at every x, with <paramref name="degreesOfFreedom"/> columns (R's <c>df</c>); without
    /// <paramref name="intercept"/> the basis leaves out the constant, as R's default does.
    /// </summary>
    public static NaturalSplineBasis Basis(IReadOnlyList<double> x, int degreesOfFreedom, bool intercept = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count < 2)
        {
            throw new ArgumentException("a natural spline basis needs at least two values.", nameof(x));
        }

        if (x.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("a natural spline basis needs finite values.", nameof(x));
        }

        var interior = degreesOfFreedom - 1 - (intercept ? 1 : 0);
        if (interior < 0)
        {
            throw new ArgumentException($"df must be at least {(intercept ? 2 : 1)}.", nameof(degreesOfFreedom));
        }

        var sorted = x.Order().ToArray();
        var boundary = (sorted[0], sorted[^1]);
        if (boundary.Item1 == boundary.Item2)
        {
            throw new ArgumentException("a natural spline basis needs values that are not all equal.", nameof(x));
        }

        var knots = new double[interior];
        var step = 1.0 / (interior + 1);
        for (var k = 0; k < interior; k++)
        {
            knots[k] = Quantile7(sorted, (k + 1) * step);
        }

        return Basis(x, knots, boundary.Item1, boundary.Item2, intercept);
    }

    /// <summary>The basis on given interior knots and boundary knots (every x inside the boundary knots).</summary>
    public static NaturalSplineBasis Basis(IReadOnlyList<double> x, IReadOnlyList<double> knots, double lowerBoundary, double upperBoundary, bool intercept)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(knots);
        var all = Enumerable.Repeat(lowerBoundary, Order).Concat(knots).Concat(Enumerable.Repeat(upperBoundary, Order)).Order().ToArray();
        var bsplines = all.Length - Order;
        var values = BSplineBasis.Evaluate(all, x, Order);
        var constraints = BSplineBasis.Evaluate(all, [lowerBoundary, upperBoundary], Order, derivative: 2);
        var first = intercept ? 0 : 1;
        var kept = bsplines - first;

        // qr(t(const)): kept × 2.
        var transposed = new double[kept * 2];
        for (var j = 0; j < kept; j++)
        {
            transposed[j * 2] = constraints[j + first];
            transposed[(j * 2) + 1] = constraints[bsplines + j + first];
        }

        var qr = HouseholderQr.Decompose(transposed, kept, 2);
        var columns = kept - 2;
        var basis = new double[x.Count * columns];
        var row = new double[kept];
        for (var r = 0; r < x.Count; r++)
        {
            for (var j = 0; j < kept; j++)
            {
                row[j] = values[(r * bsplines) + j + first];
            }

            var rotated = qr.TransposeQTimes(row);
            for (var c = 0; c < columns; c++)
            {
                basis[(r * columns) + c] = rotated[c + 2];
            }
        }

        return new NaturalSplineBasis(x.Count, columns, basis, knots.ToArray(), lowerBoundary, upperBoundary);
    }

    /// <summary>R's <c>quantile(x, p, type = 7)</c> of sorted values.</summary>
    private static double Quantile7(double[] sorted, double probability)
    {
        var index = (sorted.Length - 1) * probability;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var h = index - lo;
        return h > 0 && sorted[hi] != sorted[lo] ? ((1 - h) * sorted[lo]) + (h * sorted[hi]) : sorted[lo];
    }
}
