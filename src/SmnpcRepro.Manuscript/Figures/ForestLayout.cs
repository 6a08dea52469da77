using SmnpcRepro.Manuscript.Figures.Drawing;
using static SmnpcRepro.Manuscript.Figures.Drawing.FigureStyle;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// Lays out a <see cref="ForestFigure"/>: factor names on the left, a log HR axis with a dashed reference line at
/// 1, for each factor the univariate estimate (square) above the multivariate one (diamond), each with its 95% CI,
/// and their P values in two columns on the right. An interval that runs off the axis ends in an arrowhead.
/// </summary>
public static class ForestLayout
{
    private const double RowHeight = 13;
    private const double Marker = 2;
    private const double Offset = 2.6;
    private static readonly Ink Univariate = Ink.Hex("#0072B2");
    private static readonly Ink Multivariate = Ink.Hex("#D55E00");

    /// <summary>The scene of <paramref name="figure"/> at <paramref name="width"/> points.</summary>
    public static Scene Layout(ForestFigure figure, double width, TextMeasure measure, string title)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(measure);
        var scene = new SceneBuilder(measure);
        var labelWidth = figure.Rows.Select(r => measure.Width(r.Label, SmallText)).Append(measure.Width("Factor", SmallText)).Max();
        var pHeaders = new[] { "P univ.", "P multiv." };
        var pWidth = figure.Rows.SelectMany(r => new[] { r.Univariate.P, r.Multivariate?.P ?? string.Empty })
            .Select(p => measure.Width(p, SmallText)).Concat(pHeaders.Select(h => measure.Width(h, SmallText))).Max() + 6;
        var left = 2 + labelWidth + 8;
        var right = width - 2 - (2 * pWidth) - 4;
        var x = new Scale(figure.AxisMin, figure.AxisMax, left, right, Logarithmic: true);

        var header = 2 + SmallText;
        scene.Text(2, header, "Factor", SmallText);
        scene.Text(right + 4 + (pWidth / 2), header, pHeaders[0], SmallText, TextAnchor.Middle);
        scene.Text(right + 4 + (pWidth * 1.5), header, pHeaders[1], SmallText, TextAnchor.Middle);
        var top = header + 4;
        var bottom = top + (RowHeight * figure.Rows.Count);
        for (var i = 0; i < figure.Rows.Count; i += 2)
        {
            var y0 = top + (i * RowHeight);
            scene.Polygon([new Point(0, y0), new Point(width, y0), new Point(width, y0 + RowHeight), new Point(0, y0 + RowHeight)], new Ink(0, 0, 0, 0.045));
        }

        scene.Line(x.Map(1), top, x.Map(1), bottom, new Stroke(Ink.Black.WithAlpha(0.6), 0.6, [2.5, 2]));
        for (var i = 0; i < figure.Rows.Count; i++)
        {
            var row = figure.Rows[i];
            var centre = top + (i * RowHeight) + (RowHeight / 2);
            scene.Text(2, centre + (SmallText * 0.35), row.Label, SmallText);
            Estimate(scene, x, row.Univariate, centre - Offset, Univariate, square: true);
            scene.Text(right + 4 + (pWidth / 2), centre - Offset + 2.4, row.Univariate.P, SmallText - 0.5, TextAnchor.Middle, Univariate);
            if (row.Multivariate is { } m)
            {
                Estimate(scene, x, m, centre + Offset, Multivariate, square: false);
                scene.Text(right + 4 + (pWidth * 1.5), centre + Offset + 2.4, m.P, SmallText - 0.5, TextAnchor.Middle, Multivariate);
            }
        }

        BottomAxis(scene, x, bottom, figure.Ticks.Select(t => (t, Tick(t, "0.##"))).ToArray());
        var xTitle = bottom + TickLength + SmallText + 2 + LabelText + 1;
        scene.Text((left + right) / 2, xTitle, figure.XLabel, LabelText, TextAnchor.Middle);
        var legend = xTitle + LabelText + 3;
        var at = left;
        foreach (var (label, ink, square) in new[] { ("Univariate", Univariate, true), ("Multivariate", Multivariate, false) })
        {
            scene.Polygon(MarkerShape(at + 3, legend - (SmallText * 0.32), square), ink);
            scene.Text(at + 8, legend, label, SmallText);
            at += 8 + measure.Width(label, SmallText) + 10;
        }

        return scene.Build(width, legend + 3, title);
    }

    private static void Estimate(SceneBuilder scene, Scale x, ForestEstimate estimate, double y, Ink ink, bool square)
    {
        var stroke = Stroke.Solid(ink, 0.9);
        var lower = Clip(estimate.Lower, x);
        var upper = Clip(estimate.Upper, x);
        scene.Line(x.Map(lower), y, x.Map(upper), y, stroke);
        if (lower > estimate.Lower || !double.IsFinite(estimate.Lower))
        {
            scene.Polygon(Arrow(x.Map(lower), y, -1), ink);
        }

        if (upper < estimate.Upper || !double.IsFinite(estimate.Upper))
        {
            scene.Polygon(Arrow(x.Map(upper), y, 1), ink);
        }

        scene.Polygon(MarkerShape(x.Map(Clip(estimate.HazardRatio, x)), y, square), ink);
    }

    private static double Clip(double value, Scale x) =>
        double.IsNaN(value) ? x.From : Math.Clamp(value, x.From, x.To);

    private static Point[] MarkerShape(double cx, double cy, bool square) => square
        ? [new(cx - Marker, cy - Marker), new(cx + Marker, cy - Marker), new(cx + Marker, cy + Marker), new(cx - Marker, cy + Marker)]
        : [new(cx, cy - (Marker * 1.35)), new(cx + (Marker * 1.35), cy), new(cx, cy + (Marker * 1.35)), new(cx - (Marker * 1.35), cy)];

    private static Point[] Arrow(double tipX, double y, int direction) =>
        [new(tipX, y), new(tipX - (direction * 3), y - 1.8), new(tipX - (direction * 3), y + 1.8)];
}
