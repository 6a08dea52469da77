using SmnpcRepro.Manuscript.Figures.Drawing;
using static SmnpcRepro.Manuscript.Figures.Drawing.FigureStyle;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Lays out a <see cref="SurvivalFigure"/> as a reviewer expects a Kaplan–Meier plot (survminer's habits):
/// survival from 0 to 1 with uniform labels, left and bottom axes only, step curves with "+" censor marks, a
/// legend above the plot titled with the factor, its line samples long enough to show each dash, the test
/// above the plot's right end, and the number-at-risk table right under the axis, each count centred under its tick. The left
/// margin is as wide as the widest of the axis labels and the risk table's row labels, no wider.
/// </summary>
public static class KaplanMeierLayout
{
    private const double Gap = 4;
    private const double RowHeight = 9;
    private const double CensorMark = 2.2;

    /// <summary>The scene of <paramref name="figure"/> at <paramref name="width"/> points.</summary>
    public static Scene Layout(SurvivalFigure figure, double width, TextMeasure measure, string title)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(measure);
        var scene = new SceneBuilder(measure);
        var yTicks = figure.YTicks.Select(v => (v, Tick(v, "0.0"))).ToArray();
        var xTicks = figure.RiskTimes.Select(t => (t, Tick(t, "0"))).ToArray();
        var yTickWidth = yTicks.Max(t => measure.Width(t.Item2, SmallText));
        var rowLabelWidth = figure.Curves.Max(c => measure.Width(c.Group, SmallText));
        // The risk table's first column is centred under the axis at time 0: its row labels end half a count's width further left.
        var countHalf = figure.Curves.SelectMany(c => c.NumberAtRisk).Max(n => measure.Width(Tick(n, "0"), SmallText)) / 2;
        var left = Math.Max(2 + LabelText + Gap + yTickWidth + 1.5 + TickLength, 2 + rowLabelWidth + Gap + countHalf);
        var right = width - Math.Max(measure.Width(xTicks[^1].Item2, SmallText) / 2, 2) - 2;

        var top = Legend(scene, figure, left, right, 2);
        // The test or median on its own line above the plot, right-aligned, where no curve can run through it.
        scene.Text(right, top + SmallText, figure.Annotation, SmallText, TextAnchor.End);
        top += figure.Annotation.Length > 0 ? SmallText + 5 : 0;
        var plotHeight = Math.Clamp(width * 0.52, 120, 230);
        var bottom = top + plotHeight;
        var x = new Scale(0, figure.XMax, left, right);
        var y = new Scale(0, 1, bottom, top);

        for (var c = 0; c < figure.Curves.Count; c++)
        {
            if (figure.Curves[c].Band is { } band)
            {
                scene.Polygon(BandOutline(band, CurveEnd(figure.Curves[c], figure), x, y), Palette[c % Palette.Count].WithAlpha(0.16));
            }
        }

        MedianLines(scene, figure, x, y);
        for (var c = 0; c < figure.Curves.Count; c++)
        {
            var curve = figure.Curves[c];
            scene.Polyline(StepLine(curve, CurveEnd(curve, figure), x, y), Curve(c));
            var mark = Stroke.Solid(Palette[c % Palette.Count], 0.7);
            foreach (var p in curve.Censored.Where(p => p.Time <= figure.XMax))
            {
                var (cx, cy) = (x.Map(p.Time), y.Map(p.Survival));
                scene.Line(cx - CensorMark, cy, cx + CensorMark, cy, mark);
                scene.Line(cx, cy - CensorMark, cx, cy + CensorMark, mark);
            }
        }

        LeftAxis(scene, y, left, yTicks);
        BottomAxis(scene, x, bottom, xTicks);
        // The axis title stays next to its tick labels; room the risk table's row labels need is left blank beside it.
        scene.Text(left - TickLength - 1.5 - yTickWidth - Gap + 1, (top + bottom) / 2, figure.YLabel, LabelText, TextAnchor.Middle, vertical: true);
        var xTitle = bottom + TickLength + SmallText + 2 + LabelText + 1;
        scene.Text((left + right) / 2, xTitle, figure.XLabel, LabelText, TextAnchor.Middle);

        var tableTitle = xTitle + LabelText + 4;
        scene.Text(2, tableTitle, "Number at risk", SmallText);
        for (var c = 0; c < figure.Curves.Count; c++)
        {
            var row = tableTitle + (RowHeight * (c + 1));
            var color = Palette[c % Palette.Count];
            scene.Text(left - countHalf - Gap, row, figure.Curves[c].Group, SmallText, TextAnchor.End, color);
            for (var k = 0; k < figure.RiskTimes.Count; k++)
            {
                scene.Text(x.Map(figure.RiskTimes[k]), row, Tick(figure.Curves[c].NumberAtRisk[k], "0"), SmallText, TextAnchor.Middle, color);
            }
        }

        return scene.Build(width, tableTitle + (RowHeight * figure.Curves.Count) + 4, title);
    }

    /// <summary>The legend above the plot (title, then entries wrapped to the plot's width); returns the plot's top.</summary>
    private static double Legend(SceneBuilder scene, SurvivalFigure figure, double left, double right, double top)
    {
        if (figure.Curves.Count < 2)
        {
            return top + SmallText;
        }

        var line = top + LabelText;
        var title = figure.LegendTitle.Length > 0 ? figure.LegendTitle + ":" : string.Empty;
        var at = left;
        if (title.Length > 0)
        {
            scene.Text(at, line, title, SmallText);
            at += scene.Measure.Width(title, SmallText) + 6;
        }

        for (var c = 0; c < figure.Curves.Count; c++)
        {
            var label = figure.Curves[c].Label;
            var entry = LegendSample + 3 + scene.Measure.Width(label, SmallText);
            if (at + entry > right && at > left)
            {
                line += RowHeight;
                at = left;
            }

            scene.Line(at, line - (SmallText * 0.32), at + LegendSample, line - (SmallText * 0.32), Curve(c));
            scene.Text(at + LegendSample + 3, line, label, SmallText);
            at += entry + 8;
        }

        return line + SmallText;
    }

    private static void MedianLines(SceneBuilder scene, SurvivalFigure figure, Scale x, Scale y)
    {
        var medians = figure.Curves.Where(c => c.Median is not null).Select(c => c.Median!.Value).ToArray();
        if (medians.Length == 0)
        {
            return;
        }

        var guide = new Stroke(Ink.Black.WithAlpha(0.55), 0.6, [2, 2]);
        scene.Line(x.Map(0), y.Map(0.5), x.Map(medians.Max()), y.Map(0.5), guide);
        foreach (var m in medians)
        {
            scene.Line(x.Map(m), y.Map(0.5), x.Map(m), y.Map(0), guide);
        }
    }

    private static double CurveEnd(SurvivalFigureCurve curve, SurvivalFigure figure)
    {
        var last = Math.Max(curve.Steps[^1].Time, curve.Censored.Count > 0 ? curve.Censored.Max(c => c.Time) : 0);
        return Math.Min(last, figure.XMax);
    }

    private static Point[] StepLine(SurvivalFigureCurve curve, double end, Scale x, Scale y)
    {
        var points = new List<Point> { new(x.Map(curve.Steps[0].Time), y.Map(curve.Steps[0].Survival)) };
        for (var i = 1; i < curve.Steps.Count; i++)
        {
            points.Add(new Point(x.Map(curve.Steps[i].Time), y.Map(curve.Steps[i - 1].Survival)));
            points.Add(new Point(x.Map(curve.Steps[i].Time), y.Map(curve.Steps[i].Survival)));
        }

        if (end > curve.Steps[^1].Time)
        {
            points.Add(new Point(x.Map(end), y.Map(curve.Steps[^1].Survival)));
        }

        return [.. points];
    }

    private static Point[] BandOutline(IReadOnlyList<BandPoint> band, double end, Scale x, Scale y)
    {
        var upper = new List<Point>();
        var lower = new List<Point>();
        for (var i = 0; i < band.Count; i++)
        {
            var until = i + 1 < band.Count ? band[i + 1].Time : Math.Max(end, band[i].Time);
            upper.Add(new Point(x.Map(band[i].Time), y.Map(band[i].Upper)));
            upper.Add(new Point(x.Map(until), y.Map(band[i].Upper)));
            lower.Add(new Point(x.Map(band[i].Time), y.Map(band[i].Lower)));
            lower.Add(new Point(x.Map(until), y.Map(band[i].Lower)));
        }

        lower.Reverse();
        return [.. upper, .. lower];
    }
}
