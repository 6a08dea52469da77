using SmnpcRepro.Survival.Smoothing;
using SmnpcRepro.Survival.Tests.Cox;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Smoothing;

/// <summary>
/// <see cref="NaturalSpline"/> against <c>splines::ns(x, df = 4, intercept = TRUE)</c> (R 4.2.2) on the 40-point grid
/// and event times of the ties40 Efron fit (zph-smooth.json's <c>ns_x</c>, <c>ns_knots</c>, <c>ns_boundary</c>,
/// <c>ns_basis</c>, by make-zph-smooth.R): the knots and every column, R's own columns (same signs), 1e-6 relative
/// (near 0, of the column's largest value). Closed forms for the B-splines.
/// </summary>
public sealed class NaturalSplineReferenceTests
{
    [Fact]
    public void Basis_equals_R_ns_with_df_4_and_intercept()
    {
        var fit = ProportionalHazardsSmoothReferenceTests.Fixture()["fits"]![0]!;
        var x = ReferenceFixture.Numbers(fit["ns_x"]);
        var basis = NaturalSpline.Basis(x, 4, intercept: true);
        AssertClose.Relative(ReferenceFixture.Numbers(fit["ns_knots"]), basis.Knots, 1e-12, "knots");
        var boundary = ReferenceFixture.Numbers(fit["ns_boundary"]);
        Assert.Equal(boundary[0], basis.LowerBoundary);
        Assert.Equal(boundary[1], basis.UpperBoundary);
        var columns = fit["ns_basis"]!.AsArray();
        Assert.Equal(columns.Count, basis.Columns);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = Enumerable.Range(0, basis.Rows).Select(r => basis[r, c]).ToArray();
            ProportionalHazardsSmoothReferenceTests.Curve(ReferenceFixture.Numbers(columns[c]), column, $"ns column {c}");
        }
    }

    [Fact]
    public void Natural_spline_is_linear_beyond_the_constraints_and_rows_sum_to_one_with_intercept()
    {
        // With an intercept the columns span the constants: a least-squares fit of 1 is exact, so every row of
        // the B-spline basis sums to 1 (partition of unity) and the natural basis reproduces a straight line.
        var x = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();
        var values = BSplineBasis.Evaluate([0, 0, 0, 0, 0.3, 0.6, 1, 1, 1, 1], x, 4);
        for (var r = 0; r < x.Length; r++)
        {
            AssertClose.Relative(1, values.Skip(r * 6).Take(6).Sum(), 1e-14, $"row {r}");
        }

        var basis = NaturalSpline.Basis(x, 4, intercept: true);
        var qr = HouseholderQr.Decompose(basis.Values, basis.Rows, basis.Columns);
        var line = x.Select(v => 2 - (3 * v)).ToArray();
        var b = qr.Coefficients(line);
        for (var r = 0; r < x.Length; r++)
        {
            var fitted = Enumerable.Range(0, 4).Sum(c => basis[r, c] * b[c]);
            Assert.True(Math.Abs(fitted - line[r]) < 1e-12, $"row {r}: {fitted} vs {line[r]}");
        }
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        Assert.Throws<ArgumentException>(() => NaturalSpline.Basis([1.0], 4));
        Assert.Throws<ArgumentException>(() => NaturalSpline.Basis([1.0, 1.0, 1.0], 4));
        Assert.Throws<ArgumentException>(() => NaturalSpline.Basis([0.0, 1.0, double.NaN], 4));
        Assert.Throws<ArgumentException>(() => NaturalSpline.Basis([0.0, 1.0], 1, intercept: true));
        Assert.Throws<ArgumentException>(() => BSplineBasis.Evaluate([0, 0, 0, 0, 1, 1, 1, 1], [1.5], 4));
    }
}
