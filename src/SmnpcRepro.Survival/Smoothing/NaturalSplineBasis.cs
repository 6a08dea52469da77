namespace SmnpcRepro.Survival.Smoothing;

/// <summary>A natural cubic spline basis evaluated at some x (R's <c>ns()</c> matrix and its attributes).</summary>
/// <param name="Rows">One row per x.</param>
/// <param name="Columns">The basis functions (R's <c>df</c>).</param>
/// <param name="Values">The matrix, row-major.</param>
/// <param name="Knots">Interior knots (R's <c>attr(, "knots")</c>).</param>
/// <param name="LowerBoundary">Lower boundary knot.</param>
/// <param name="UpperBoundary">Upper boundary knot.</param>
public sealed record NaturalSplineBasis(int Rows, int Columns, double[] Values, IReadOnlyList<double> Knots, double LowerBoundary, double UpperBoundary)
{
    /// <summary>The value of basis function <paramref name="column"/> at row <paramref name="row"/>.</summary>
    public double this[int row, int column] => Values[(row * Columns) + column];
}
