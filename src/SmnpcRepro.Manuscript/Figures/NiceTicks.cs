namespace SmnpcRepro.Manuscript.Figures;

/// <summary>Round tick values (1, 2, 2.5 or 5 × 10^k apart) covering a range, at most a given count.</summary>
public static class NiceTicks
{
    private static readonly double[] Steps = [1, 2, 2.5, 5];

    /// <summary>Ticks from the first round value at or above <paramref name="low"/> to the last at or below <paramref name="high"/>.</summary>
    public static IReadOnlyList<double> Between(double low, double high, int most = 6)
    {
        if (!(high > low))
        {
            return [low];
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10((high - low) / most)));
        foreach (var factor in new[] { 1.0, 10, 100 })
        {
            foreach (var s in Steps)
            {
                var step = s * magnitude * factor;
                var first = Math.Ceiling(low / step);
                var last = Math.Floor(high / step);
                if (last - first + 1 <= most)
                {
                    return Enumerable.Range(0, (int)(last - first) + 1).Select(k => Math.Round((first + k) * step, 10)).ToArray();
                }
            }
        }

        return [low, high];
    }
}
