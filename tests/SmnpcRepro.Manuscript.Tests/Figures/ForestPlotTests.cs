using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Tests.Figures;

public sealed class ForestPlotTests
{
    private static readonly ForestFigure Figure = new(
        "forest-test",
        "Hazard ratio (95% CI), log scale",
        [
            new("Alpha", new(2, 1.2, 3.5, "0.010", false), new(2.5, 1.1, 5.7, "0.030", false)),
            new("Beta", new(0.8, 0.4, 1.6, "0.520", false), null),
            new("Gamma", new(40, 0.5, double.PositiveInfinity, "0.999", true), null),
        ],
        0.2,
        20,
        [0.2, 0.5, 1, 2, 5, 10, 20]);

    private static readonly FigureFiles Files = ForestPlotter.Render(Figure, FigureOptions.Default);

    [Fact]
    public void The_reference_line_sits_at_1_on_a_log_axis()
    {
        var ticks = Files.Scene.Shapes.OfType<TextShape>().Where(t => t.Anchor == TextAnchor.Middle && Figure.Ticks.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Contains(t.Text)).ToDictionary(t => t.Text, t => t.At.X);
        Assert.Equal(7, ticks.Count);
        // Log scale: 0.2→1 and 1→5 are the same distance; 1→2 and 5→10 too.
        Assert.Equal(ticks["1"] - ticks["0.2"], ticks["5"] - ticks["1"], 6);
        Assert.Equal(ticks["2"] - ticks["1"], ticks["10"] - ticks["5"], 6);
        var reference = Files.Scene.Shapes.OfType<PathShape>().Single(p => p.Stroke is { Dashes.Count: 2 } && p.Points[0].X == p.Points[1].X);
        Assert.Equal(ticks["1"], reference.Points[0].X, 6);
    }

    [Fact]
    public void Each_estimate_has_its_p_value_and_an_interval_off_the_axis_ends_in_an_arrowhead()
    {
        var texts = Files.Scene.Shapes.OfType<TextShape>().Select(t => t.Text).ToArray();
        Assert.Equal(["0.010", "0.030", "0.520", "0.999"], texts.Where(t => t.StartsWith("0.", StringComparison.Ordinal) && t.Length == 5));
        var triangles = Files.Scene.Shapes.OfType<PathShape>().Count(p => p.Closed && p.Points.Count == 3);
        Assert.Equal(1, triangles); // Gamma's upper limit is infinite
        Assert.DoesNotContain("NaN", Files.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", Files.Svg, StringComparison.Ordinal);
        Assert.Equal(600, PngResolution.Read(Files.Png));
    }
}
