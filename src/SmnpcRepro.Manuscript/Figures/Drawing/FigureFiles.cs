using SkiaSharp;

namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>One figure in the three files a journal asks for, drawn from one <see cref="Scene"/>.</summary>
/// <param name="Scene">The laid-out figure (what the tests inspect).</param>
/// <param name="Svg">SVG text: text as text, each element once.</param>
/// <param name="Pdf">Vector PDF, fonts embedded (subset).</param>
/// <param name="Png">PNG at <see cref="Dpi"/> with its resolution in a <c>pHYs</c> chunk.</param>
public sealed record FigureFiles(Scene Scene, string Svg, byte[] Pdf, byte[] Png)
{
    /// <summary>The PNG's resolution: what journals ask of line art with text.</summary>
    public const int Dpi = 600;

    /// <summary>
    /// Lays the figure out with <paramref name="layout"/> and writes its three files, all under
    /// <see cref="FigureRendering.Gate"/> (Skia is used to measure text, rasterise and write PDF).
    /// </summary>
    public static FigureFiles Render(Func<TextMeasure, Scene> layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        lock (FigureRendering.Gate)
        {
            using var measure = new TextMeasure();
            var scene = layout(measure);
            return new FigureFiles(scene, SvgWriter.Write(scene), WritePdf(scene, measure), WritePng(scene, measure));
        }
    }

    /// <summary>Pixels across <paramref name="points"/> at <see cref="Dpi"/>.</summary>
    public static int Pixels(double points) => (int)Math.Round(points / 72 * Dpi);

    private static byte[] WritePdf(Scene scene, TextMeasure measure)
    {
        // No dates and no PDF/A: Skia then writes no clock-derived /ID or timestamps, so the bytes depend only on the scene.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = scene.Title,
            Creator = "smnpc build",
            Producer = "SkiaSharp",
            RasterDpi = Dpi,
            EncodingQuality = 101,
            PdfA = false,
        };
        // A native memory stream, not a managed Stream (FigureRendering says why).
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage((float)scene.Width, (float)scene.Height);
            SkiaPainter.Paint(canvas, scene, measure);
            document.EndPage();
            document.Close();
        }

        using var data = stream.DetachAsData();
        return data.ToArray();
    }

    private static byte[] WritePng(Scene scene, TextMeasure measure)
    {
        var info = new SKImageInfo(Pixels(scene.Width), Pixels(scene.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale((float)(Dpi / 72.0));
        SkiaPainter.Paint(surface.Canvas, scene, measure);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return PngResolution.Set(data.ToArray(), Dpi);
    }
}
