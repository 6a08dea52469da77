namespace SmnpcRepro.Analysis.Published;

/// <summary>
/// A set of real numbers a printed value can stand for: the rounding interval of <c>5.600</c> is
/// [5.5995, 5.6005]; <c>&lt;0.001</c> is (−∞, 0.001); <c>&gt;0.1</c> is (0.1, ∞). Ends may be open.
/// </summary>
/// <param name="Low">Lower end (may be −∞).</param>
/// <param name="High">Upper end (may be +∞).</param>
/// <param name="LowOpen">Whether <paramref name="Low"/> itself is excluded.</param>
/// <param name="HighOpen">Whether <paramref name="High"/> itself is excluded.</param>
public readonly record struct Interval(double Low, double High, bool LowOpen = false, bool HighOpen = false)
{
    /// <summary>Whether the two intervals share at least one number.</summary>
    public bool Overlaps(Interval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low != high)
        {
            return low < high;
        }

        var lowOpen = (Low == low && LowOpen) || (other.Low == low && other.LowOpen);
        var highOpen = (High == high && HighOpen) || (other.High == high && other.HighOpen);
        return !lowOpen && !highOpen;
    }

    /// <summary>Whether every number of this interval lies in <paramref name="other"/>.</summary>
    public bool IsWithin(Interval other) =>
        (Low > other.Low || (Low == other.Low && (LowOpen || !other.LowOpen)))
        && (High < other.High || (High == other.High && (HighOpen || !other.HighOpen)));

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) => Overlaps(new Interval(value, value));

    /// <summary>The common part, or null when there is none.</summary>
    public Interval? Intersect(Interval other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var (low, lowOpen) = Low > other.Low ? (Low, LowOpen) : Low < other.Low ? (other.Low, other.LowOpen) : (Low, LowOpen || other.LowOpen);
        var (high, highOpen) = High < other.High ? (High, HighOpen) : High > other.High ? (other.High, other.HighOpen) : (High, HighOpen || other.HighOpen);
        return new Interval(low, high, lowOpen, highOpen);
    }
}
