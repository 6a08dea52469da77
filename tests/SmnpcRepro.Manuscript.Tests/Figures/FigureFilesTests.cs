using System.Text;
using SmnpcRepro.Manuscript.Figures;
using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Tests.Figures;

/// <summary>The three files of a figure: a PNG that records 600 dpi at the printed width, a vector PDF, an SVG in millimetres.</summary>
public sealed class FigureFilesTests
{
    private static Scene Square(TextMeasure measure)
    {
        var scene = new SceneBuilder(measure);
        scene.Line(10, 10, 100, 100, Stroke.Solid(Ink.Black, 1));
        scene.Text(20, 50, "Hazard ratio", 8);
        return scene.Build(FigureOptions.Default.WidthPoints, 120, "A test figure");
    }

    [Theory]
    [InlineData(ColumnWidth.One, 89)]
    [InlineData(ColumnWidth.Two, 183)]
    public void The_png_records_600_dpi_and_is_as_many_pixels_wide_as_the_column_at_600_dpi(ColumnWidth column, double millimetres)
    {
        var width = (FigureOptions.Default with { Width = column }).WidthPoints;
        var files = FigureFiles.Render(m => Square(m) with { Width = width });
        Assert.Equal(600, PngResolution.Read(files.Png));
        var (pixels, height) = PngResolution.Size(files.Png);
        Assert.Equal((int)Math.Round(millimetres / 25.4 * 600), pixels); // 2102 or 4323
        Assert.Equal((int)Math.Round(120 / 72.0 * 600), height);
    }

    [Fact]
    public void Every_committed_figure_png_records_600_dpi_at_one_column()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "manuscript", "figures");
        var pngs = Directory.GetFiles(folder, "*.png");
        Assert.NotEmpty(pngs);
        foreach (var png in pngs)
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(PngResolution.Read(bytes) == 600, $"{Path.GetFileName(png)} records {PngResolution.Read(bytes)} dpi");
            Assert.Equal(2102, PngResolution.Size(bytes).Width);
        }
    }

    [Fact]
    public void The_pdf_is_one_vector_page_of_the_printed_size_with_the_font_embedded_and_no_clock_in_it()
    {
        var pdf = FigureFiles.Render(Square).Pdf;
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/MediaBox [0 0 252.2", text, StringComparison.Ordinal); // 89 mm
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Subtype /Image", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/CreationDate", text, StringComparison.Ordinal);
        Assert.Equal(pdf, FigureFiles.Render(Square).Pdf);
    }

    [Fact]
    public void The_svg_is_sized_in_millimetres_with_text_as_one_element_per_run()
    {
        var svg = FigureFiles.Render(Square).Svg;
        Assert.Contains("width=\"89mm\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>A test figure</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<text x=\"20\" y=\"50\" font-size=\"8\">Hazard ratio</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_without_a_resolution_reads_as_none()
    {
        var png = FigureFiles.Render(Square).Png;
        var withoutChunk = png[..33].Concat(png[(33 + 21)..]).ToArray();
        Assert.Null(PngResolution.Read(withoutChunk));
        Assert.Equal(png, PngResolution.Set(withoutChunk, 600));
    }
}
