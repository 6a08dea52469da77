using ScottPlot;
using SkiaSharp;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Draws a <see cref="SurvivalFigure"/> with ScottPlot: step curves with censor marks ("+", as R draws
/// them), legend, the test annotation, and a number-at-risk table under the time axis that shares its
/// scale. Sized for a journal column (about 8.9 cm at 300 dpi for the PNG). Colours are the Okabe–Ito
/// colour-blind-safe palette and each curve also has its own line pattern, so the figure reads in grey.
/// </summary>
public static partial class KaplanMeierPlotter
{
    /// <summary>Logical width in pixels (SVG user units).</summary>
    public const int Width = 640;

    private const int PlotHeight = 400;
    private const int RowHeight = 22;
    private const int RiskTableTop = 40;
    private const int LeftPadding = 170;
    private const int RightPadding = 24;
    private const double PngScale = 1050.0 / Width;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"), Color.FromHex("#E69F00"),
    ];

    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.DenselyDashed, LinePattern.Dotted, LinePattern.Solid];

    /// <summary>Total height for a figure with <paramref name="curves"/> groups.</summary>
    public static int HeightFor(int curves) => PlotHeight + RiskTableTop + (RowHeight * Math.Max(1, curves)) + 16;

    /// <summary>The figure as SVG text.</summary>
    public static string Svg(SurvivalFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var height = HeightFor(figure.Curves.Count);
        byte[] svg;
        lock (FigureRendering.Gate)
        {
            // A native memory stream, not a managed Stream: Skia's SVG writer then never calls back into managed
            // code while it draws (FigureRendering says why this matters).
            using var stream = new SKDynamicMemoryWStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, height), stream))
            {
                Draw(canvas, figure, height);
            }

            using var data = stream.DetachAsData();
            svg = data.ToArray();
        }

        return NumberClipPaths(System.Text.Encoding.UTF8.GetString(svg).ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// Skia names clip paths from a process-wide counter (<c>cl_1f</c>), so the same figure drawn twice in
    /// one process differs; renumber them in order of appearance so the SVG depends only on the figure.
    /// </summary>
    private static string NumberClipPaths(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                name = "clip" + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                names.Add(m.Value, name);
            }

            return name;
        });
    }

    /// <summary>The figure as PNG bytes, 1050 pixels wide.</summary>
    public static byte[] Png(SurvivalFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var height = HeightFor(figure.Curves.Count);
        var info = new SKImageInfo((int)Math.Round(Width * PngScale), (int)Math.Round(height * PngScale));
        lock (FigureRendering.Gate)
        {
            using var surface = SKSurface.Create(info);
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.Scale((float)PngScale);
            Draw(surface.Canvas, figure, height);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }

    private static void Draw(SKCanvas canvas, SurvivalFigure figure, int height)
    {
        // ScottPlot formats tick labels with the current culture ("0,8" under de-DE); draw under the
        // invariant culture so a figure is the same bytes on every machine.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            DrawInvariant(canvas, figure, height);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static void DrawInvariant(SKCanvas canvas, SurvivalFigure figure, int height)
    {
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(new SKRect(0, 0, Width, height), white);
        }

        // Each plot clears its own rectangle only: clip, render, restore.
        RenderClipped(canvas, CurvePlot(figure), new PixelRect(0, Width, PlotHeight, 0));
        RenderClipped(canvas, RiskTablePlot(figure), new PixelRect(0, Width, height, PlotHeight));
    }

    private static void RenderClipped(SKCanvas canvas, Plot plot, PixelRect rect)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(canvas, rect);
        canvas.Restore();
    }

    /// <summary>The time axis of both plots: a little room either side so labels at 0 and at the end are not cut.</summary>
    private static (double Left, double Right) TimeLimits(SurvivalFigure figure) => (-0.04 * figure.XMax, figure.XMax * 1.04);

    private static Plot CurvePlot(SurvivalFigure figure)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans", FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        plot.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 50, figure.Annotation.Length > 0 ? 34 : 12));
        for (var i = 0; i < figure.Curves.Count; i++)
        {
            var curve = figure.Curves[i];
            var color = Palette[i % Palette.Length];
            var xs = curve.Steps.Select(p => p.Time).Append(CurveEnd(curve, figure)).ToArray();
            var ys = curve.Steps.Select(p => p.Survival).Append(curve.Steps[^1].Survival).ToArray();
            var line = plot.Add.Scatter(xs, ys, color);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LinePattern = Patterns[i % Patterns.Length];
            line.LegendText = curve.Label;
            if (curve.Censored.Count > 0)
            {
                var marks = plot.Add.Markers(curve.Censored.Select(p => p.Time).ToArray(), curve.Censored.Select(p => p.Survival).ToArray(), MarkerShape.Cross, 9, color);
                marks.MarkerLineWidth = 1.5f;
            }
        }

        var (left, right) = TimeLimits(figure);
        plot.Axes.SetLimits(left, right, -0.02, 1.04);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(figure.XTickInterval);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(0.2);
        plot.XLabel(figure.XLabel, 14);
        plot.YLabel(figure.YLabel, 14);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        if (figure.Curves.Count > 1)
        {
            var legend = plot.ShowLegend(Alignment.UpperRight);
            legend.FontSize = 12;
        }
        else
        {
            plot.HideLegend();
        }

        if (figure.Annotation.Length > 0)
        {
            // Above the data area, where no curve can run through it.
            plot.Title(figure.Annotation, 13);
            plot.Axes.Title.Label.Bold = false;
        }

        return plot;
    }

    private static double CurveEnd(SurvivalFigureCurve curve, SurvivalFigure figure)
    {
        var last = Math.Max(curve.Steps[^1].Time, curve.Censored.Count > 0 ? curve.Censored.Max(c => c.Time) : 0);
        return Math.Min(last, figure.XMax);
    }

    private static Plot RiskTablePlot(SurvivalFigure figure)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans", FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        plot.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 8, RiskTableTop));
        var rows = figure.Curves.Count;
        for (var i = 0; i < rows; i++)
        {
            var y = rows - i;
            for (var k = 0; k < figure.RiskTimes.Count; k++)
            {
                var cell = plot.Add.Text(figure.Curves[i].NumberAtRisk[k].ToString(System.Globalization.CultureInfo.InvariantCulture), figure.RiskTimes[k], y);
                cell.LabelFontSize = 12;
                cell.LabelAlignment = Alignment.MiddleCenter;
                cell.LabelFontColor = Palette[i % Palette.Length];
            }
        }

        var (left, right) = TimeLimits(figure);
        plot.Axes.SetLimits(left, right, 0.5, rows + 0.5);
        var positions = Enumerable.Range(0, rows).Select(i => (double)(rows - i)).ToArray();
        // The row label is the group without its size: the first column of the table is the size.
        var labels = figure.Curves.Select(c => c.Group).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.HideGrid();
        plot.Axes.Title.Label.Text = "Number at risk";
        plot.Axes.Title.Label.FontSize = 13;
        plot.Axes.Title.Label.Bold = false;
        return plot;
    }

    [System.Text.RegularExpressions.GeneratedRegex("cl_[0-9a-f]+")]
    private static partial System.Text.RegularExpressions.Regex ClipId();
}
