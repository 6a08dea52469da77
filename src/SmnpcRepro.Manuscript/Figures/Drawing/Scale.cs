namespace SmnpcRepro.Manuscript.Figures.Drawing;

/// <summary>Maps data values onto a span of points, linearly or on a log scale.</summary>
/// <param name="From">The data value at <paramref name="Start"/>.</param>
/// <param name="To">The data value at <paramref name="End"/>.</param>
/// <param name="Start">Position in points of <paramref name="From"/>.</param>
/// <param name="End">Position in points of <paramref name="To"/>.</param>
/// <param name="Logarithmic">Whether positions follow log(value).</param>
public sealed record Scale(double From, double To, double Start, double End, bool Logarithmic = false)
{
    /// <summary>The position of <paramref name="value"/>.</summary>
    public double Map(double value)
    {
        var (v, a, b) = Logarithmic ? (Math.Log(value), Math.Log(From), Math.Log(To)) : (value, From, To);
        return Start + ((v - a) / (b - a) * (End - Start));
    }
}
