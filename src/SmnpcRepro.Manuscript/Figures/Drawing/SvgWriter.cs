using System.Globalization;
using System.Net;
using System.Text;

namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>
/// Writes a <see cref="Scene"/> as SVG 1.1 by hand: each text run one <c>&lt;text&gt;</c> element with its
/// words (selectable, searchable, editable in Illustrator or Inkscape), each shape once, the physical size in
/// millimetres and the coordinates in points. Numbers in invariant culture, so the file is the same everywhere.
/// </summary>
public static class SvgWriter
{
    /// <summary>The SVG text of <paramref name="scene"/>.</summary>
    public static string Write(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(scene.Width * 25.4 / 72)}mm\" height=\"{N(scene.Height * 25.4 / 72)}mm\" viewBox=\"0 0 {N(scene.Width)} {N(scene.Height)}\" font-family=\"{TextMeasure.Family}, Arial, sans-serif\" role=\"img\">\n"));
        sb.Append("<title>").Append(WebUtility.HtmlEncode(scene.Title)).Append("</title>\n");
        sb.Append(Invariant($"<rect width=\"{N(scene.Width)}\" height=\"{N(scene.Height)}\" fill=\"#ffffff\"/>\n"));
        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case PathShape path:
                    Path(sb, path);
                    break;
                case CircleShape circle:
                    sb.Append(Invariant($"<circle cx=\"{N(circle.Center.X)}\" cy=\"{N(circle.Center.Y)}\" r=\"{N(circle.Radius)}\" fill=\"none\"{StrokeAttributes(circle.Stroke)}/>\n"));
                    break;
                case TextShape text:
                    Text(sb, text);
                    break;
                default:
                    throw new InvalidOperationException($"No SVG for {shape.GetType().Name}.");
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static void Path(StringBuilder sb, PathShape path)
    {
        sb.Append(path.Closed ? "<polygon points=\"" : "<polyline points=\"");
        for (var i = 0; i < path.Points.Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : " ").Append(N(path.Points[i].X)).Append(',').Append(N(path.Points[i].Y));
        }

        sb.Append('"');
        sb.Append(path.Fill is { } fill ? Invariant($" fill=\"{fill.ToHex()}\"{Opacity("fill-opacity", fill)}") : " fill=\"none\"");
        sb.Append(path.Stroke is { } stroke ? StrokeAttributes(stroke) : string.Empty);
        sb.Append("/>\n");
    }

    private static void Text(StringBuilder sb, TextShape text)
    {
        var anchor = text.Anchor switch { TextAnchor.Middle => " text-anchor=\"middle\"", TextAnchor.End => " text-anchor=\"end\"", _ => string.Empty };
        var weight = text.Bold ? " font-weight=\"bold\"" : string.Empty;
        var fill = text.Color == Ink.Black ? string.Empty : Invariant($" fill=\"{text.Color.ToHex()}\"");
        var position = text.Vertical
            ? Invariant($"transform=\"translate({N(text.At.X)},{N(text.At.Y)}) rotate(-90)\"")
            : Invariant($"x=\"{N(text.At.X)}\" y=\"{N(text.At.Y)}\"");
        sb.Append(Invariant($"<text {position} font-size=\"{N(text.Size)}\"{anchor}{weight}{fill}>"))
            .Append(WebUtility.HtmlEncode(text.Text)).Append("</text>\n");
    }

    private static string StrokeAttributes(Stroke stroke)
    {
        var dashes = stroke.Dashes.Count == 0 ? string.Empty : $" stroke-dasharray=\"{string.Join(",", stroke.Dashes.Select(N))}\"";
        return Invariant($" stroke=\"{stroke.Color.ToHex()}\"{Opacity("stroke-opacity", stroke.Color)} stroke-width=\"{N(stroke.Width)}\" stroke-linejoin=\"round\"{dashes}");
    }

    private static string Opacity(string attribute, Ink ink) => ink.Alpha >= 1 ? string.Empty : $" {attribute}=\"{N(ink.Alpha)}\"";

    /// <summary>A coordinate to two decimals (1/7200 inch), without trailing zeros.</summary>
    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
