namespace SmnpcRepro.Manuscript.Figures;

/// <summary>
/// How figures are drawn (<c>figures:</c> in <c>data/study.yaml</c>): their printed width and the Kaplan–Meier
/// options the paper did not use (both off by default, as in the paper).
/// </summary>
/// <param name="Width">The printed width: one journal column or two.</param>
/// <param name="ConfidenceBands">Draw each Kaplan–Meier curve's pointwise 95% confidence band.</param>
/// <param name="MedianLine">Draw the median: a dashed line at 0.5 to each curve and down to its median.</param>
public sealed record FigureOptions(ColumnWidth Width, bool ConfidenceBands, bool MedianLine)
{
    /// <summary>One column, no bands, no median line.</summary>
    public static FigureOptions Default { get; } = new(ColumnWidth.One, ConfidenceBands: false, MedianLine: false);

    /// <summary>The width in points (1/72 inch).</summary>
    public double WidthPoints => Millimetres(Width) / 25.4 * 72;

    /// <summary>A column width in millimetres (the common journal sizes: 89 mm one column, 183 mm two).</summary>
    public static double Millimetres(ColumnWidth width) => width == ColumnWidth.Two ? 183 : 89;
}

/// <summary>A figure's printed width.</summary>
public enum ColumnWidth
{
    /// <summary>One journal column, 89 mm.</summary>
    One,

    /// <summary>Two columns (the page), 183 mm.</summary>
    Two,
}
