namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>Collects the shapes of one figure while a layout places them; measures text with the figure's font.</summary>
public sealed class SceneBuilder(TextMeasure measure)
{
    private readonly List<Shape> _shapes = [];

    /// <summary>The measure text is laid out with.</summary>
    public TextMeasure Measure { get; } = measure;

    /// <summary>A straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, Stroke stroke) =>
        _shapes.Add(new PathShape([new Point(x1, y1), new Point(x2, y2)], stroke, null, Closed: false));

    /// <summary>An open polyline.</summary>
    public void Polyline(IReadOnlyList<Point> points, Stroke stroke)
    {
        if (points.Count > 1)
        {
            _shapes.Add(new PathShape(points, stroke, null, Closed: false));
        }
    }

    /// <summary>A filled polygon without outline.</summary>
    public void Polygon(IReadOnlyList<Point> points, Ink fill)
    {
        if (points.Count > 2)
        {
            _shapes.Add(new PathShape(points, null, fill, Closed: true));
        }
    }

    /// <summary>A circle outline.</summary>
    public void Circle(double x, double y, double radius, Stroke stroke) => _shapes.Add(new CircleShape(new Point(x, y), radius, stroke));

    /// <summary>A run of text (see <see cref="TextShape"/>).</summary>
    public void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, Ink? color = null, bool bold = false, bool vertical = false)
    {
        if (text.Length > 0)
        {
            _shapes.Add(new TextShape(new Point(x, y), text, size, anchor, color ?? Ink.Black, bold, vertical));
        }
    }

    /// <summary>The finished scene.</summary>
    public Scene Build(double width, double height, string title) => new(width, height, _shapes.ToArray(), title);
}
