using SkiaSharp;

namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>Draws a <see cref="Scene"/> on a Skia canvas (the PNG's raster, the PDF's page), in the scene's points.</summary>
internal static class SkiaPainter
{
    public static void Paint(SKCanvas canvas, Scene scene, TextMeasure measure)
    {
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(new SKRect(0, 0, (float)scene.Width, (float)scene.Height), white);
        }

        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case PathShape path:
                    Path(canvas, path);
                    break;
                case CircleShape circle:
                    using (var paint = StrokePaint(circle.Stroke))
                    {
                        canvas.DrawCircle((float)circle.Center.X, (float)circle.Center.Y, (float)circle.Radius, paint);
                    }

                    break;
                case TextShape text:
                    Text(canvas, text, measure);
                    break;
                default:
                    throw new InvalidOperationException($"No Skia drawing for {shape.GetType().Name}.");
            }
        }
    }

    private static void Path(SKCanvas canvas, PathShape shape)
    {
        using var path = new SKPath();
        path.MoveTo((float)shape.Points[0].X, (float)shape.Points[0].Y);
        for (var i = 1; i < shape.Points.Count; i++)
        {
            path.LineTo((float)shape.Points[i].X, (float)shape.Points[i].Y);
        }

        if (shape.Closed)
        {
            path.Close();
        }

        if (shape.Fill is { } fill)
        {
            using var paint = new SKPaint { Color = Color(fill), Style = SKPaintStyle.Fill, IsAntialias = true };
            canvas.DrawPath(path, paint);
        }

        if (shape.Stroke is { } stroke)
        {
            using var paint = StrokePaint(stroke);
            canvas.DrawPath(path, paint);
        }
    }

    private static void Text(SKCanvas canvas, TextShape text, TextMeasure measure)
    {
        using var font = measure.Font(text.Size, text.Bold);
        using var paint = new SKPaint { Color = Color(text.Color), IsAntialias = true };
        var align = text.Anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        canvas.Save();
        canvas.Translate((float)text.At.X, (float)text.At.Y);
        if (text.Vertical)
        {
            canvas.RotateDegrees(-90);
        }

        canvas.DrawText(text.Text, 0, 0, align, font, paint);
        canvas.Restore();
    }

    private static SKPaint StrokePaint(Stroke stroke)
    {
        var paint = new SKPaint
        {
            Color = Color(stroke.Color),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = (float)stroke.Width,
            StrokeJoin = SKStrokeJoin.Round,
            IsAntialias = true,
        };
        if (stroke.Dashes.Count > 0)
        {
            paint.PathEffect = SKPathEffect.CreateDash(stroke.Dashes.Select(d => (float)d).ToArray(), 0);
        }

        return paint;
    }

    private static SKColor Color(Ink ink) => new(ink.R, ink.G, ink.B, (byte)Math.Round(ink.Alpha * 255));
}
