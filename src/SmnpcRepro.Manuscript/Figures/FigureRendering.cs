namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// One figure is drawn at a time in a process, and Skia writes to a native memory stream rather than a managed
/// <see cref="Stream"/> (the SVG is now written by hand, the PDF through Skia). The test host crashed natively, now and then, inside libSkiaSharp under
/// <c>ScottPlot.Plottables.Markers.Render</c> while a figure was drawn to an <c>SKSvgCanvas</c> over a managed
/// stream (crash reports of 2026-12-02, with other builds drawing on other threads); SkiaSharp's managed streams
/// call back into .NET from native code while drawing. Drawing is a small part of a build (2 s in all), so
/// serialising it costs nothing measurable.
/// </summary>
internal static class FigureRendering
{
    /// <summary>Held while a figure is laid out (text measured with Skia) and written as PDF and PNG (Drawing.FigureFiles).</summary>
    public static readonly Lock Gate = new();
}
