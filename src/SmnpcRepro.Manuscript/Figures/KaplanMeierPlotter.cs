using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>A <see cref="SurvivalFigure"/> as SVG, vector PDF and 600-dpi PNG at the width the study's settings ask for.</summary>
public static class KaplanMeierPlotter
{
    /// <summary>The three files of <paramref name="figure"/>; <paramref name="title"/> says what it shows.</summary>
    public static FigureFiles Render(SurvivalFigure figure, FigureOptions options, string title)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(options);
        return FigureFiles.Render(measure => KaplanMeierLayout.Layout(figure, options.WidthPoints, measure, title));
    }
}
