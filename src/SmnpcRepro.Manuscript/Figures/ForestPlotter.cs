using SmnpcRepro.Manuscript.Figures.Drawing;

namespace SmnpcRepro.Manuscript.Figures;

/// <summary>A <see cref="ForestFigure"/> as SVG, vector PDF and 600-dpi PNG at the width the study's settings ask for.</summary>
public static class ForestPlotter
{
    /// <summary>What the figure shows, in words (alt text, SVG and PDF title).</summary>
    public const string Description = "Forest plot of Table 2: univariate and multivariate Cox hazard ratios with 95% confidence intervals for each factor, on a log scale with a reference line at 1, and their P values";

    /// <summary>The three files of <paramref name="figure"/>.</summary>
    public static FigureFiles Render(ForestFigure figure, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(options);
        return FigureFiles.Render(measure => ForestLayout.Layout(figure, options.WidthPoints, measure, Description));
    }
}
