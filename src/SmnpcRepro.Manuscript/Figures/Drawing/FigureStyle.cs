namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>
/// The figures' shared look, in points at final printed size: 7-pt tick labels and 8-pt axis titles (journals
/// ask for 6–8 pt), thin axes, the Okabe–Ito colour-blind-safe palette, and a line pattern per curve so a
/// figure also reads in grey. Dash patterns repeat within a legend sample's length.
/// </summary>
public static class FigureStyle
{
    /// <summary>Tick labels, risk-table cells, legend entries.</summary>
    public const double SmallText = 7;

    /// <summary>Axis titles, legend title.</summary>
    public const double LabelText = 8;

    /// <summary>Axis line width.</summary>
    public const double AxisWidth = 0.6;

    /// <summary>Tick length (outward).</summary>
    public const double TickLength = 3;

    /// <summary>Length of a line sample in a legend: long enough to show two repeats of every dash pattern.</summary>
    public const double LegendSample = 24;

    /// <summary>Curve colours.</summary>
    public static IReadOnlyList<Ink> Palette { get; } = [Ink.Hex("#0072B2"), Ink.Hex("#D55E00"), Ink.Hex("#009E73"), Ink.Hex("#CC79A7"), Ink.Hex("#E69F00")];

    /// <summary>Curve dash patterns (solid, dashed, dotted, dash-dot, long dash).</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Dashes { get; } = [[], [4.5, 2], [1.2, 1.6], [6, 1.8, 1.2, 1.8], [9, 2.5]];

    /// <summary>The axes' stroke.</summary>
    public static Stroke Axis { get; } = Stroke.Solid(Ink.Black, AxisWidth);

    /// <summary>The stroke of curve <paramref name="index"/>.</summary>
    public static Stroke Curve(int index, double width = 1.1) => new(Palette[index % Palette.Count], width, Dashes[index % Dashes.Count]);

    /// <summary>A number as a tick label, in invariant culture.</summary>
    public static string Tick(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A horizontal axis at <paramref name="y"/>: the line, outward ticks, labels centred under them.</summary>
    public static void BottomAxis(SceneBuilder scene, Scale scale, double y, IReadOnlyList<(double Value, string Label)> ticks)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(ticks);
        scene.Line(scale.Start, y, scale.End, y, Axis);
        foreach (var (value, label) in ticks)
        {
            var x = scale.Map(value);
            scene.Line(x, y, x, y + TickLength, Axis);
            scene.Text(x, y + TickLength + SmallText, label, SmallText, TextAnchor.Middle);
        }
    }

    /// <summary>A vertical axis at <paramref name="x"/>: the line, outward ticks, labels right-aligned beside them.</summary>
    public static void LeftAxis(SceneBuilder scene, Scale scale, double x, IReadOnlyList<(double Value, string Label)> ticks)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(ticks);
        scene.Line(x, scale.Start, x, scale.End, Axis);
        foreach (var (value, label) in ticks)
        {
            var y = scale.Map(value);
            scene.Line(x - TickLength, y, x, y, Axis);
            scene.Text(x - TickLength - 1.5, y + (SmallText * 0.35), label, SmallText, TextAnchor.End);
        }
    }
}
