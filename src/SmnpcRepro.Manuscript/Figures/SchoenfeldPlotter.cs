using ScottPlot;
using SkiaSharp;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Draws a <see cref="SchoenfeldFigure"/> with ScottPlot: the residuals as open circles, their lowess trend,
/// a dashed line at β̂ (what proportional hazards predict: a flat β(t)) and a dotted line at 0 (no effect),
/// the time axis in months on the Kaplan–Meier scale, the term's test above the plot. Same size, palette,
/// culture handling and determinism as <see cref="KaplanMeierPlotter"/>.
/// </summary>
public static partial class SchoenfeldPlotter
{
    /// <summary>Logical width in pixels (SVG user units).</summary>
    public const int Width = 640;

    /// <summary>Logical height in pixels.</summary>
    public const int Height = 380;

    private const double PngScale = 1050.0 / Width;

    private static readonly Color Points = Color.FromHex("#56B4E9");
    private static readonly Color Trend = Color.FromHex("#0072B2");
    private static readonly Color Constant = Color.FromHex("#D55E00");

    /// <summary>The figure as SVG text.</summary>
    public static string Svg(SchoenfeldFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        byte[] svg;
        lock (FigureRendering.Gate)
        {
            // A native memory stream, not a managed Stream: Skia's SVG writer then never calls back into managed
            // code while it draws (FigureRendering says why this matters).
            using var stream = new SKDynamicMemoryWStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            {
                Draw(canvas, figure);
            }

            using var data = stream.DetachAsData();
            svg = data.ToArray();
        }

        return NumberClipPaths(System.Text.Encoding.UTF8.GetString(svg).ReplaceLineEndings("\n"));
    }

    /// <summary>The figure as PNG bytes, 1050 pixels wide.</summary>
    public static byte[] Png(SchoenfeldFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var info = new SKImageInfo((int)Math.Round(Width * PngScale), (int)Math.Round(Height * PngScale));
        lock (FigureRendering.Gate)
        {
            using var surface = SKSurface.Create(info);
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.Scale((float)PngScale);
            Draw(surface.Canvas, figure);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }

    /// <summary>Skia numbers clip paths from a process-wide counter; renumber them so the SVG depends only on the figure.</summary>
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

    private static void Draw(SKCanvas canvas, SchoenfeldFigure figure)
    {
        // ScottPlot formats tick labels with the current culture; draw under the invariant culture.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
            {
                canvas.DrawRect(new SKRect(0, 0, Width, Height), white);
            }

            var rect = new PixelRect(0, Width, Height, 0);
            canvas.Save();
            canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
            Plot(figure).Render(canvas, rect);
            canvas.Restore();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static Plot Plot(SchoenfeldFigure figure)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans", FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);

        var zero = plot.Add.HorizontalLine(0, 1, Colors.Black.WithAlpha(0.45), LinePattern.Dotted);
        zero.LegendText = "0 (no effect)";
        var constant = plot.Add.HorizontalLine(figure.Coefficient, 1.5f, Constant, LinePattern.Dashed);
        constant.LegendText = "Fitted β (proportional hazards)";

        var xs = figure.Residuals.Select(p => p.X).ToArray();
        var ys = figure.Residuals.Select(p => p.Y).ToArray();
        var markers = plot.Add.Markers(xs, ys, MarkerShape.OpenCircle, 7, Points);
        markers.LegendText = "Scaled Schoenfeld residual";
        if (figure.Trend.Count > 1)
        {
            var trend = plot.Add.Scatter(figure.Trend.Select(p => p.X).ToArray(), figure.Trend.Select(p => p.Y).ToArray(), Trend);
            trend.MarkerSize = 0;
            trend.LineWidth = 2;
            trend.LegendText = "Lowess trend (β(t))";
        }

        var (low, high) = YLimits(figure);
        plot.Axes.SetLimits(-0.03, Math.Max(0.05, xs.DefaultIfEmpty(0).Max()) + 0.03, low, high);
        if (figure.TimeTicks.Count > 0)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                figure.TimeTicks.Select(t => t.Position).ToArray(),
                figure.TimeTicks.Select(t => t.Label).ToArray());
        }

        plot.XLabel(figure.XLabel, 13);
        plot.YLabel(figure.YLabel, 13);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        // Below the axes, in one row, where it cannot hide a residual.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 10;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Title(figure.Annotation, 13);
        plot.Axes.Title.Label.Bold = false;
        return plot;
    }

    /// <summary>Room for every residual, the trend, β̂ and 0, plus a margin.</summary>
    private static (double Low, double High) YLimits(SchoenfeldFigure figure)
    {
        var values = figure.Residuals.Select(p => p.Y).Concat(figure.Trend.Select(p => p.Y)).Append(figure.Coefficient).Append(0).ToArray();
        var low = values.Min();
        var high = values.Max();
        var span = Math.Max(high - low, 0.5);
        return (low - (0.08 * span), high + (0.08 * span));
    }

    [System.Text.RegularExpressions.GeneratedRegex("cl_[0-9a-f]+")]
    private static partial System.Text.RegularExpressions.Regex ClipId();
}
