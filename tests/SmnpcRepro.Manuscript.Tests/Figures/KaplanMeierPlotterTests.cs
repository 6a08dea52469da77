using SmnpcRepro.Manuscript.Figures;

namespace SmnpcRepro.Manuscript.Tests.Figures;

public sealed class KaplanMeierPlotterTests
{
    private static readonly SurvivalFigure Figure = new(
        "test",
        "Months after surgery",
        "Overall survival",
        [
            new("Low", "Low (n=3)", [new(0, 1), new(5, 2.0 / 3)], [new(9, 2.0 / 3)], [3, 1, 0]),
            new("High", "High (n=2)", [new(0, 1), new(2, 0.5), new(7, 0)], [], [2, 1, 0]),
        ],
        [0, 6, 12],
        12,
        6,
        "Log-rank p = 0.123");

    [Fact]
    public void Svg_draws_every_label_and_risk_table_cell()
    {
        var svg = KaplanMeierPlotter.Svg(Figure);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"640\"", svg, StringComparison.Ordinal);
        Assert.Contains("height=\"" + KaplanMeierPlotter.HeightFor(2).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"", svg, StringComparison.Ordinal);
        // SkiaSharp writes each text run as one <text> element; count the runs of the risk table:
        // 2 groups × 3 times, plus their labels, legend, axes and the annotation.
        var texts = svg.Split("<text").Length - 1;
        Assert.True(texts >= (2 * 3) + 2 + 2 + 1, $"only {texts} text runs in the SVG");
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_is_a_png_at_journal_column_resolution()
    {
        var png = KaplanMeierPlotter.Png(Figure);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(1050, width); // 8.9 cm at 300 dpi
    }

    [Fact]
    public void Drawing_twice_gives_the_same_bytes()
    {
        Assert.Equal(KaplanMeierPlotter.Svg(Figure), KaplanMeierPlotter.Svg(Figure));
        Assert.Equal(KaplanMeierPlotter.Png(Figure), KaplanMeierPlotter.Png(Figure));
    }
}
