using System.Globalization;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Tests.Figures;

public sealed class KaplanMeierPlotterTests
{
    private static readonly SurvivalFigure Figure = new(
        "test",
        "Months after surgery",
        "Overall survival probability",
        "Group",
        [
            new("Low", "Low (n=3)", [new(0, 1), new(5, 2.0 / 3)], [new(9, 2.0 / 3)], [3, 1, 0]),
            new("Multiple", "Multiple (n=12)", [new(0, 1), new(2, 0.5), new(7, 0)], [], [12, 1, 0]),
        ],
        [0, 6, 12],
        SurvivalFigureBuilder.YTicks,
        12,
        6,
        "Log-rank p = 0.123");

    private static readonly FigureFiles Files = KaplanMeierPlotter.Render(Figure, FigureOptions.Default, "Test figure");

    private static TextShape[] Texts => Files.Scene.Shapes.OfType<TextShape>().ToArray();

    [Fact]
    public void The_survival_axis_runs_from_0_to_1_with_uniform_labels()
    {
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], Texts.Where(t => t.Text.Length == 3 && t.Text[1] == '.').Select(t => t.Text));
    }

    [Fact]
    public void Each_risk_table_count_is_centred_under_its_time_tick()
    {
        var ticks = Texts.Where(t => t.Anchor == TextAnchor.Middle && t.Color == Ink.Black && t.Text is "0" or "6" or "12").ToArray();
        Assert.Equal(3, ticks.Length);
        for (var row = 0; row < Figure.Curves.Count; row++)
        {
            var color = FigureStyle.Palette[row];
            var cells = Texts.Where(t => t.Color == color && t.Anchor == TextAnchor.Middle).ToArray();
            Assert.Equal(Figure.Curves[row].NumberAtRisk.Select(n => n.ToString(CultureInfo.InvariantCulture)), cells.Select(c => c.Text));
            Assert.Equal(ticks.Select(t => t.At.X), cells.Select(c => c.At.X));
            Assert.All(cells, c => Assert.True(c.At.Y > ticks[0].At.Y, "the risk table is under the axis"));
        }
    }

    [Fact]
    public void Row_labels_end_left_of_the_first_column_of_counts()
    {
        var label = Texts.Single(t => t.Text == "Multiple");
        var firstCount = Texts.Single(t => t.Text == "12" && t.Color == label.Color);
        Assert.Equal(TextAnchor.End, label.Anchor);
        Assert.True(label.At.X < firstCount.At.X - 6, $"label ends at {label.At.X}, count centred at {firstCount.At.X}");
    }

    [Fact]
    public void Only_the_left_and_bottom_axes_are_drawn_and_the_legend_has_a_title_and_long_samples()
    {
        var axes = Files.Scene.Shapes.OfType<PathShape>().Where(p => p.Stroke == FigureStyle.Axis && p.Points.Count == 2).ToArray();
        var longLines = axes.Where(a => Math.Abs(a.Points[0].X - a.Points[1].X) + Math.Abs(a.Points[0].Y - a.Points[1].Y) > 20).ToArray();
        Assert.Equal(2, longLines.Length);
        Assert.Contains(Texts, t => t.Text == "Group:");
        var samples = Files.Scene.Shapes.OfType<PathShape>().Where(p => p.Points.Count == 2 && p.Stroke is { Dashes.Count: > 0 } && p.Points[0].Y == p.Points[1].Y).ToArray();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.True(s.Points[1].X - s.Points[0].X >= 2 * s.Stroke!.Dashes.Sum(), "a legend sample shows its dash pattern at least twice"));
    }

    [Fact]
    public void Censored_patients_are_marked_with_a_cross_on_the_curve()
    {
        // One censored patient: a horizontal and a vertical stroke crossing at (9, 2/3).
        var marks = Files.Scene.Shapes.OfType<PathShape>().Where(p => p.Stroke is { Width: 0.7 }).ToArray();
        Assert.Equal(2, marks.Length);
        Assert.Equal(marks[0].Points[0].Y, marks[0].Points[1].Y);
        Assert.Equal(marks[1].Points[0].X, marks[1].Points[1].X);
    }

    [Fact]
    public void Bands_and_the_median_line_are_drawn_only_when_asked_for()
    {
        Assert.DoesNotContain(Files.Scene.Shapes, s => s is PathShape { Closed: true });
        var curves = Figure.Curves.Select(c => c with { Band = [new(0, 1, 1), new(5, 0.3, 0.9)], Median = 6.5 }).ToArray();
        var options = FigureOptions.Default with { ConfidenceBands = true, MedianLine = true };
        var scene = KaplanMeierPlotter.Render(Figure with { Curves = curves }, options, "Test").Scene;
        Assert.Equal(2, scene.Shapes.OfType<PathShape>().Count(s => s.Closed && s.Fill is not null));
        Assert.Equal(3, scene.Shapes.OfType<PathShape>().Count(s => s.Stroke is { Dashes.Count: 2 } d && d.Dashes[0] == 2));
    }

    [Fact]
    public void Svg_holds_each_label_once_as_text()
    {
        Assert.StartsWith("<?xml", Files.Svg, StringComparison.Ordinal);
        Assert.Contains("width=\"89mm\"", Files.Svg, StringComparison.Ordinal);
        foreach (var text in new[] { "Months after surgery", "Overall survival probability", "Number at risk", "Log-rank p = 0.123", "Low (n=3)" })
        {
            Assert.Single(Files.Svg.Split('\n'), line => line.Contains(">" + text + "</text>", StringComparison.Ordinal));
        }

        Assert.Equal(Texts.Length, Files.Svg.Split("<text ").Length - 1);
        Assert.DoesNotContain("NaN", Files.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawing_twice_gives_the_same_bytes()
    {
        var again = KaplanMeierPlotter.Render(Figure, FigureOptions.Default, "Test figure");
        Assert.Equal(Files.Svg, again.Svg);
        Assert.Equal(Files.Pdf, again.Pdf);
        Assert.Equal(Files.Png, again.Png);
    }
}
