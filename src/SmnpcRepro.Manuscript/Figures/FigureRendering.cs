namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// One figure is drawn at a time in a process. ScottPlot 5.1's marker rendering over SkiaSharp is not safe to
/// run on several threads at once: with figures drawn in parallel (and builds running side by side, as in the
/// test suite) the process crashed natively in <c>ScottPlot.Plottables.Markers.Render</c> (a crash report of
/// the test host, 2026-12-02). Drawing is a small part of a build, so serialising it costs little.
/// </summary>
internal static class FigureRendering
{
    /// <summary>Held while a figure is drawn to SVG or PNG.</summary>
    public static readonly Lock Gate = new();
}
