using SmnpcRepro.Manuscript.Figures.Drawing;
using static SmnpcRepro.Manuscript.Figures.Drawing.FigureStyle;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Lays out a <see cref="SchoenfeldFigure"/> as R's <c>plot(cox.zph)</c> draws one: residuals as open circles,
/// the spline smooth with its ±2 SE band (shaded, edged with dashed lines as R draws it), a dashed line at β̂ (what proportional hazards predict: a flat β(t)) and a
/// dotted line at 0 (no effect); left and bottom axes, the time axis in months on the Kaplan–Meier scale, the
/// term's test above the plot and a legend under it.
/// </summary>
public static class SchoenfeldLayout
{
    private static readonly Ink Points = Ink.Hex("#56B4E9");
    private static readonly Ink Trend = Ink.Hex("#0072B2");
    private static readonly Ink Constant = Ink.Hex("#D55E00");

    /// <summary>The scene of <paramref name="figure"/> at <paramref name="width"/> points.</summary>
    public static Scene Layout(SchoenfeldFigure figure, double width, TextMeasure measure, string title)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(measure);
        var scene = new SceneBuilder(measure);
        var format = figure.YTicks.All(t => Math.Abs(t - Math.Round(t)) < 1e-9) ? "0" : figure.YTicks.All(t => Math.Abs((t * 10) - Math.Round(t * 10)) < 1e-9) ? "0.0" : "0.00";
        var yTicks = figure.YTicks.Select(v => (v, Tick(v, format).Replace("-", "−", StringComparison.Ordinal))).ToArray();
        var left = 2 + LabelText + 4 + yTicks.Max(t => measure.Width(t.Item2, SmallText)) + 1.5 + TickLength;
        var right = width - 8;
        scene.Text(left, 2 + LabelText, figure.Annotation, LabelText);
        var top = 2 + LabelText + 8;
        var bottom = top + Math.Clamp(width * 0.5, 110, 220);

        var values = figure.Residuals.Select(p => p.Y).Concat(figure.Band.SelectMany(b => new[] { b.Lower, b.Upper })).Concat(figure.YTicks).Append(figure.Coefficient).Append(0).ToArray();
        var low = values.Min();
        var high = values.Max();
        var pad = Math.Max(high - low, 0.5) * 0.04;
        var xMax = Math.Max(0.05, figure.Residuals.Select(p => p.X).Concat(figure.TimeTicks.Select(t => t.Position)).DefaultIfEmpty(0).Max());
        var x = new Scale(-0.03 * xMax, xMax * 1.03, left, right);
        var y = new Scale(low - pad, high + pad, bottom, top);

        if (figure.Band.Count > 1)
        {
            Point[] outline = [.. figure.Band.Select(b => new Point(x.Map(b.Time), y.Map(b.Upper))), .. figure.Band.Reverse().Select(b => new Point(x.Map(b.Time), y.Map(b.Lower)))];
            scene.Polygon(outline, Trend.WithAlpha(0.12));
        }

        var zero = new Stroke(Ink.Black.WithAlpha(0.5), 0.6, [1, 1.5]);
        var constant = new Stroke(Constant, 0.9, [4, 2]);
        scene.Line(left, y.Map(0), right, y.Map(0), zero);
        scene.Line(left, y.Map(figure.Coefficient), right, y.Map(figure.Coefficient), constant);
        var circle = Stroke.Solid(Points, 0.6);
        foreach (var p in figure.Residuals)
        {
            scene.Circle(x.Map(p.X), y.Map(p.Y), 1.8, circle);
        }

        var trend = Stroke.Solid(Trend, 1.2);
        var edge = new Stroke(Trend, 0.7, [2.5, 1.5]);
        if (figure.Band.Count > 1)
        {
            scene.Polyline(figure.Band.Select(b => new Point(x.Map(b.Time), y.Map(b.Upper))).ToArray(), edge);
            scene.Polyline(figure.Band.Select(b => new Point(x.Map(b.Time), y.Map(b.Lower))).ToArray(), edge);
        }

        if (figure.Trend.Count > 1)
        {
            scene.Polyline(figure.Trend.Select(p => new Point(x.Map(p.X), y.Map(p.Y))).ToArray(), trend);
        }

        LeftAxis(scene, y, left, yTicks);
        BottomAxis(scene, x, bottom, figure.TimeTicks.Select(t => (t.Position, t.Label)).ToArray());
        scene.Text(2 + (LabelText * 0.8), (top + bottom) / 2, figure.YLabel, LabelText, TextAnchor.Middle, vertical: true);
        var xTitle = bottom + TickLength + SmallText + 2 + LabelText + 1;
        scene.Text((left + right) / 2, xTitle, figure.XLabel, LabelText, TextAnchor.Middle);

        var legendTop = Legend(scene, xTitle + LabelText + 3, left, right, [
            ("Scaled Schoenfeld residual", null, circle),
            ("Spline smooth β(t)", trend, null),
            ("± 2 SE", edge, null),
            ("Fitted β (proportional hazards)", constant, null),
            ("0 (no effect)", zero, null),
        ]);
        return scene.Build(width, legendTop + 3, title);
    }

    /// <summary>Legend entries flowing in rows under the axis; returns the bottom of the last row.</summary>
    private static double Legend(SceneBuilder scene, double line, double left, double right, (string Label, Stroke? Line, Stroke? Circle)[] entries)
    {
        var at = left;
        foreach (var (label, stroke, circle) in entries)
        {
            var sample = stroke is null ? 8 : LegendSample;
            var entry = sample + 3 + scene.Measure.Width(label, SmallText);
            if (at + entry > right && at > left)
            {
                line += 9;
                at = left;
            }

            var mid = line - (SmallText * 0.32);
            if (stroke is not null)
            {
                scene.Line(at, mid, at + sample, mid, stroke);
            }
            else if (circle is not null)
            {
                scene.Circle(at + (sample / 2), mid, 1.8, circle);
            }

            scene.Text(at + sample + 3, line, label, SmallText);
            at += entry + 8;
        }

        return line;
    }
}
