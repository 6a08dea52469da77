using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// The design builder against what R's <c>model.matrix</c> gives for the same inputs (stated per test; exact).
/// </summary>
public sealed class DesignMatrixTests
{
    [Fact]
    public void Factor_gets_treatment_contrasts_against_the_first_level_in_R_order()
    {
        // R: factor(c("10", "9", "2", NA, "9")) has levels "2" "9" "10" (numbers sort numerically);
        // model.matrix(~ factor(x)) on the complete rows gives columns factor(x)9, factor(x)10.
        var spec = CovariateSpec.Factor("factor(x)", ["10", "9", "2", null, "9"]);
        Assert.Equal(["2", "9", "10"], spec.Levels);
        Assert.Equal("2", spec.Reference);
        var design = DesignMatrix.Build([spec], [0, 1, 2, 4]);
        Assert.Equal(["factor(x)9", "factor(x)10"], design.Columns.Select(c => c.Name));
        Assert.Equal([0.0, 1, 0, 1], design.Column(0).ToArray());
        Assert.Equal([1.0, 0, 0, 0], design.Column(1).ToArray());
        var term = Assert.Single(design.Terms);
        Assert.Equal([0, 1], term.Columns);
        Assert.Equal([0, 1, 2, 4], design.SourceRows);
    }

    [Fact]
    public void Text_levels_sort_as_text_and_a_chosen_reference_is_left_out()
    {
        // R: relevel(factor(c("b", "a", "c")), ref = "b") -> columns xa, xc.
        var spec = CovariateSpec.Factor("x", ["b", "a", "c", "a"], reference: "b");
        Assert.Equal(["a", "b", "c"], spec.Levels);
        var design = DesignMatrix.Build([spec]);
        Assert.Equal(["xa", "xc"], design.Columns.Select(c => c.Name));
        Assert.Equal([0.0, 1, 0, 1], design.Column(0).ToArray());
        Assert.Equal([0.0, 0, 1, 0], design.Column(1).ToArray());
    }

    [Fact]
    public void Ordinal_is_the_level_position()
    {
        // as.numeric(factor(c("low", "high", "mid"), levels = c("low", "mid", "high"))) - 1 = 0 2 1.
        var spec = CovariateSpec.Ordinal("grade", ["low", "high", "mid"], ["low", "mid", "high"]);
        var design = DesignMatrix.Build([spec]);
        Assert.Equal("grade", Assert.Single(design.Columns).Name);
        Assert.Equal([0.0, 2, 1], design.Column(0).ToArray());
    }

    [Fact]
    public void A_factor_level_without_rows_is_an_error_naming_it()
    {
        var spec = CovariateSpec.Factor("stage", [0, 0, 2, 2], ["I", "II", "III"]);
        var error = Assert.Throws<ArgumentException>(() => DesignMatrix.Build([spec]));
        Assert.Contains("level 'II' has no rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_reference_and_missing_values_in_kept_rows_are_errors()
    {
        Assert.Throws<ArgumentException>(() => CovariateSpec.Factor("x", ["a", "b"], reference: "z"));
        Assert.Throws<ArgumentException>(() => DesignMatrix.Build([CovariateSpec.Numeric("age", [1, double.NaN])]));
        Assert.Throws<ArgumentException>(() => DesignMatrix.Build([CovariateSpec.Numeric("age", [1, double.PositiveInfinity])]));
        Assert.Throws<ArgumentException>(() => DesignMatrix.Build([CovariateSpec.Numeric("a", [1, 2]), CovariateSpec.Numeric("a", [1, 2])]));
        Assert.Throws<ArgumentException>(() => DesignMatrix.Build([]));
    }
}
