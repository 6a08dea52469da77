using System.Text.Json.Nodes;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Tests.Fixtures;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// The smooth and ±2 SE band of <c>plot(cox.zph(fit, transform = "km"))</c> against R's own: zph-smooth/zph-smooth.json,
/// made by make-zph-smooth.R (R 4.2.2, survival 3.5-3), which runs <c>survival:::plot.cox.zph</c> unchanged and
/// records what its <c>lines()</c> draw — the smooth, then the upper and lower band — for every term of the fits of
/// zph-residuals (tied times under Efron and Breslow, strata with a covariate constant in one stratum, the complete
/// lung cases), and <c>z$var</c>. Tolerance 1e-6 relative, of each value or, for a value near 0, of the largest
/// magnitude of its curve (the residuals carry β̂, converged to ~1e-9).
/// </summary>
public sealed class ProportionalHazardsSmoothReferenceTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> Fits() => new(Fixture()["fits"]!.AsArray().Select(f => (string)f!["id"]!));

    [Theory]
    [MemberData(nameof(Fits))]
    public void Variance_equals_cox_zph_var(string id)
    {
        var expected = Expected(id);
        var fit = Fit(id);
        var variance = ScaledSchoenfeldVariance.Compute(fit);
        var rows = expected["var"]!.AsArray();
        Assert.Equal(rows.Count, variance.GetLength(0));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = ReferenceFixture.Numbers(rows[i]);
            for (var j = 0; j < row.Length; j++)
            {
                AssertClose.Relative(row[j], variance[i, j], Tolerance, $"{id} var[{i},{j}]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Smooth_and_band_equal_plot_cox_zph(string id)
    {
        var expected = Expected(id);
        var fit = Fit(id);
        var residuals = ScaledSchoenfeldResiduals.Compute(fit);
        var variance = ScaledSchoenfeldVariance.Compute(fit);
        var smooths = expected["smooths"]!.AsArray();
        Assert.Equal(residuals.Terms.Count, smooths.Count);
        for (var i = 0; i < smooths.Count; i++)
        {
            var term = smooths[i]!;
            Assert.Equal((string)term["term"]!, residuals.Terms[i]);
            var smooth = ProportionalHazardsSmooth.Fit(residuals.TransformedTime, residuals.Residuals[i], variance[i, i]);
            Assert.NotNull(smooth);
            var what = id + " " + residuals.Terms[i];
            Curve(ReferenceFixture.Numbers(term["pred_x"]), smooth.X, what + " pred.x");
            Curve(ReferenceFixture.Numbers(term["yhat"]), smooth.Fitted, what + " yhat");
            Curve(ReferenceFixture.Numbers(term["upper"]), smooth.Upper, what + " upper");
            Curve(ReferenceFixture.Numbers(term["lower"]), smooth.Lower, what + " lower");
        }
    }

    [Fact]
    public void Too_few_residuals_give_no_smooth_as_R_skips_the_term()
    {
        Assert.Null(ProportionalHazardsSmooth.Fit([0, 0.2, 0.4, 0.6], [1, double.NaN, 2, 3], 1));
        Assert.NotNull(ProportionalHazardsSmooth.Fit([0, 0.2, 0.4, 0.6, 0.8], [1, 0, 2, 3, 1], 1));
    }

    /// <summary>Each value within <see cref="Tolerance"/> of R's, relative to itself or (near 0) to the curve's largest magnitude.</summary>
    internal static void Curve(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        var scale = expected.Max(Math.Abs);
        for (var k = 0; k < expected.Count; k++)
        {
            var allowed = Tolerance * Math.Max(Math.Abs(expected[k]), scale * 1e-3);
            Assert.True(Math.Abs(actual[k] - expected[k]) <= allowed, FormattableString.Invariant($"{what}[{k}]: expected {expected[k]:R}, got {actual[k]:R}"));
        }
    }

    internal static JsonNode Fixture() => ReferenceFixture.Json("zph-smooth/zph-smooth.json");

    private static JsonNode Expected(string id) => Fixture()["fits"]!.AsArray().Single(f => (string)f!["id"]! == id)!;

    private static CoxFit Fit(string id) =>
        CoxModel.Fit(ScaledSchoenfeldReferenceTests.Data(id), new CoxOptions { Ties = id.Contains("breslow", StringComparison.Ordinal) ? TieMethod.Breslow : TieMethod.Efron });
}
