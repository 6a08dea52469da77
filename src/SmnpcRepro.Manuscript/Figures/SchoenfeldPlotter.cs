using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>A <see cref="SchoenfeldFigure"/> as SVG, vector PDF and 600-dpi PNG at the width the study's settings ask for.</summary>
public static class SchoenfeldPlotter
{
    /// <summary>The three files of <paramref name="figure"/>.</summary>
    public static FigureFiles Render(SchoenfeldFigure figure, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(options);
        var title = $"Scaled Schoenfeld residuals against time, with their trend: {figure.YLabel}";
        return FigureFiles.Render(measure => SchoenfeldLayout.Layout(figure, options.WidthPoints, measure, title));
    }
}
