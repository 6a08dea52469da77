namespace SmnpcRepro.Analysis.Robustness;

/// <summary>Sample quantiles as R's default <c>quantile(x, type = 7)</c>.</summary>
public static class Quantile
{
    /// <summary>
    /// The <paramref name="probability"/> quantile of <paramref name="sorted"/> (ascending): linear
    /// interpolation between order statistics at h = (n − 1)·p. NaN for an empty sample.
    /// </summary>
    public static double Type7(ReadOnlySpan<double> sorted, double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies in [0, 1].");
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
