using SkiaSharp;

namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>
/// The figures' font (DejaVu Sans, regular and bold) and its text widths, so a layout gives each label the
/// room it needs and no more. Skia objects: create and use it only under <see cref="FigureRendering.Gate"/>.
/// </summary>
public sealed class TextMeasure : IDisposable
{
    /// <summary>The family every figure's text is set in (the SVG names it, the PDF embeds it).</summary>
    public const string Family = "DejaVu Sans";

    private readonly SKFont _regular;
    private readonly SKFont _bold;

    /// <summary>Loads the font.</summary>
    public TextMeasure()
    {
        Regular = SKTypeface.FromFamilyName(Family, SKFontStyle.Normal);
        Bold = SKTypeface.FromFamilyName(Family, SKFontStyle.Bold);
        _regular = new SKFont(Regular, 10) { Subpixel = true, Hinting = SKFontHinting.None };
        _bold = new SKFont(Bold, 10) { Subpixel = true, Hinting = SKFontHinting.None };
    }

    /// <summary>The regular face.</summary>
    public SKTypeface Regular { get; }

    /// <summary>The bold face.</summary>
    public SKTypeface Bold { get; }

    /// <summary>Width of <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public double Width(string text, double size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (bold ? _bold : _regular).MeasureText(text) * size / 10;
    }

    /// <summary>A Skia font of the given size and weight (the caller disposes it).</summary>
    public SKFont Font(double size, bool bold) => new(bold ? Bold : Regular, (float)size) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    /// <inheritdoc/>
    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
        Regular.Dispose();
        Bold.Dispose();
    }
}
