namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>
/// A figure laid out once, in points (1/72 inch) with y downward, as a list of shapes: the SVG writer, the PDF
/// writer and the PNG rasteriser each draw the same list, so the three files show the same figure and every
/// element appears once.
/// </summary>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
/// <param name="Shapes">What is drawn, back to front.</param>
/// <param name="Title">What the figure shows, in words (the SVG's title, the PDF's title).</param>
public sealed record Scene(double Width, double Height, IReadOnlyList<Shape> Shapes, string Title);

/// <summary>One drawn element.</summary>
public abstract record Shape;

/// <summary>An open polyline or a closed polygon, stroked and/or filled.</summary>
public sealed record PathShape(IReadOnlyList<Point> Points, Stroke? Stroke, Ink? Fill, bool Closed) : Shape;

/// <summary>A circle outline.</summary>
public sealed record CircleShape(Point Center, double Radius, Stroke Stroke) : Shape;

/// <summary>
/// A run of text whose baseline starts, is centred or ends at <see cref="At"/> (by <see cref="Anchor"/>); a
/// vertical run reads bottom to top (rotated −90°).
/// </summary>
public sealed record TextShape(Point At, string Text, double Size, TextAnchor Anchor, Ink Color, bool Bold, bool Vertical) : Shape;

/// <summary>Where a text's anchor point sits on its baseline.</summary>
public enum TextAnchor
{
    /// <summary>The text starts at the point.</summary>
    Start,

    /// <summary>The text is centred on the point.</summary>
    Middle,

    /// <summary>The text ends at the point.</summary>
    End,
}

/// <summary>A point in points, y downward.</summary>
public readonly record struct Point(double X, double Y);

/// <summary>A line style: colour, width in points and a dash pattern (on, off, … in points; empty for solid).</summary>
public sealed record Stroke(Ink Color, double Width, IReadOnlyList<double> Dashes)
{
    /// <summary>A solid line.</summary>
    public static Stroke Solid(Ink color, double width) => new(color, width, []);
}

/// <summary>An sRGB colour with opacity.</summary>
public readonly record struct Ink(byte R, byte G, byte B, double Alpha)
{
    /// <summary>Black.</summary>
    public static Ink Black { get; } = new(0, 0, 0, 1);

    /// <summary>An opaque colour from <c>#RRGGBB</c>.</summary>
    public static Ink Hex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var value = Convert.ToInt32(hex.TrimStart('#'), 16);
        return new Ink((byte)(value >> 16), (byte)((value >> 8) & 0xFF), (byte)(value & 0xFF), 1);
    }

    /// <summary>The same colour at <paramref name="alpha"/>.</summary>
    public Ink WithAlpha(double alpha) => this with { Alpha = alpha };

    /// <summary><c>#rrggbb</c>.</summary>
    public string ToHex() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
