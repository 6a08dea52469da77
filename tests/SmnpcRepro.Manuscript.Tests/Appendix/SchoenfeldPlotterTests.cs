using SmnpcRepro.Manuscript.Figures;

namespace SmnpcRepro.Manuscript.Tests.Appendix;

public sealed class SchoenfeldPlotterTests
{
    private static readonly SchoenfeldFigure Figure = new(
        "schoenfeld-test",
        "Months after surgery (Kaplan–Meier scale)",
        "β(t) for Test",
        [new(0, 1.5), new(0.2, -0.5), new(0.5, 0.8), new(0.8, 2.0)],
        [new(0, 0.9), new(0.2, 0.8), new(0.5, 0.9), new(0.8, 1.1)],
        0.7,
        [new(0.1, "6"), new(0.6, "12")],
        "Test: PH test χ² = 0.12, p = 0.729");

    [Fact]
    public void Svg_is_an_svg_of_the_stated_size_with_its_labels()
    {
        var svg = SchoenfeldPlotter.Svg(Figure);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"640\"", svg, StringComparison.Ordinal);
        Assert.Contains("height=\"380\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_is_a_png_at_journal_column_resolution()
    {
        var png = SchoenfeldPlotter.Png(Figure);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(1050, width);
    }

    [Fact]
    public void Drawing_twice_gives_the_same_bytes()
    {
        Assert.Equal(SchoenfeldPlotter.Svg(Figure), SchoenfeldPlotter.Svg(Figure));
        Assert.Equal(SchoenfeldPlotter.Png(Figure), SchoenfeldPlotter.Png(Figure));
    }

    [Fact]
    public void Time_ticks_are_whole_months_placed_by_interpolation_on_the_Kaplan_Meier_scale()
    {
        // Events at 4, 8, 20, 40 months with 1 − KM(t−) = 0, 0.25, 0.5, 0.75. Every 3 months would be 12 ticks,
        // every 6 is six (6 … 36): the first step with at most six. 6 → 0.125, 12 → 0.25 + 0.25·4/12, 36 → 0.5 + 0.25·16/20.
        var ticks = SchoenfeldFigureBuilder.Ticks([4, 8, 20, 40], [0, 0.25, 0.5, 0.75]);
        Assert.Equal(["6", "12", "18", "24", "30", "36"], ticks.Select(t => t.Label));
        Assert.Equal(0.125, ticks[0].Position, 12);
        Assert.Equal(0.25 + (0.25 * 4 / 12), ticks[1].Position, 12);
        Assert.Equal(0.5 + (0.25 * 16 / 20), ticks[^1].Position, 12);
    }

    [Fact]
    public void File_stems_use_hyphens() => Assert.Equal("schoenfeld-visceral-mets", SchoenfeldFigureBuilder.FileStem("visceral_mets"));
}
