using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Tests.Appendix;

public sealed class SchoenfeldPlotterTests
{
    private static readonly SchoenfeldFigure Figure = new(
        "schoenfeld-test",
        "Months after surgery (Kaplan–Meier scale)",
        "β(t) for Test",
        [new(0, 1.5), new(0.2, -0.5), new(0.5, 0.8), new(0.8, 2.0)],
        [new(0, 0.9), new(0.2, 0.8), new(0.5, 0.9), new(0.8, 1.1)],
        [new(0, 0.1, 1.7), new(0.2, 0.2, 1.4), new(0.5, 0.3, 1.5), new(0.8, 0.2, 2.0)],
        0.7,
        [new(0.1, "6"), new(0.6, "12")],
        [-0.5, 0, 0.5, 1, 1.5, 2],
        "Test: PH test χ² = 0.12, p = 0.729");

    [Fact]
    public void The_plot_draws_each_residual_the_band_the_ticks_and_its_test()
    {
        var files = SchoenfeldPlotter.Render(Figure, FigureOptions.Default);
        var texts = files.Scene.Shapes.OfType<TextShape>().Select(t => t.Text).ToArray();
        Assert.Equal(Figure.Residuals.Count + 1, files.Scene.Shapes.OfType<CircleShape>().Count()); // + the legend's sample
        Assert.Single(files.Scene.Shapes.OfType<PathShape>(), p => p.Closed);
        Assert.Contains("6", texts);
        Assert.Contains("12", texts);
        Assert.Contains("−0.5", texts);
        Assert.Contains(Figure.Annotation, texts);
        Assert.Contains("Spline smooth β(t)", texts);
        Assert.Contains("± 2 SE", texts);
        Assert.DoesNotContain("NaN", files.Svg, StringComparison.Ordinal);
        Assert.Equal(600, PngResolution.Read(files.Png));
    }

    [Fact]
    public void Drawing_twice_gives_the_same_bytes()
    {
        var first = SchoenfeldPlotter.Render(Figure, FigureOptions.Default);
        var second = SchoenfeldPlotter.Render(Figure, FigureOptions.Default);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Time_ticks_are_round_months_placed_by_interpolation_and_kept_apart_on_the_Kaplan_Meier_scale()
    {
        // Events at 4, 8, 20, 40 months with 1 − KM(t−) = 0, 0.25, 0.5, 0.75. The round months 6, 9, 12, 18, 24, 36 sit at
        // 0.125, 0.25 + 0.25·1/12, 0.25 + 0.25·4/12, 0.25 + 0.25·10/12, 0.5 + 0.25·4/20, 0.5 + 0.25·16/20: all at least
        // 0.075 · 0.75 apart, so all are kept.
        var ticks = SchoenfeldFigureBuilder.Ticks([4, 8, 20, 40], [0, 0.25, 0.5, 0.75]);
        Assert.Equal(["6", "9", "12", "18", "24", "36"], ticks.Select(t => t.Label));
        Assert.Equal(0.125, ticks[0].Position, 12);
        Assert.Equal(0.25 + (0.25 * 1 / 12), ticks[1].Position, 12);
        Assert.Equal(0.5 + (0.25 * 16 / 20), ticks[^1].Position, 12);

        // Deaths crowded into the first months: 1, 2, 3 months would sit 0.01 apart, so only the first of them is labelled.
        var crowded = SchoenfeldFigureBuilder.Ticks([1, 3, 30], [0, 0.02, 0.9]);
        Assert.Equal(["1", "6", "9", "12", "18", "24"], crowded.Select(t => t.Label));
        Assert.All(crowded.Zip(crowded.Skip(1)), p => Assert.True(p.Second.Position - p.First.Position >= 0.075 * 0.9 - 1e-12));
    }

    [Fact]
    public void File_stems_use_hyphens() => Assert.Equal("schoenfeld-visceral-mets", SchoenfeldFigureBuilder.FileStem("visceral_mets"));
}
