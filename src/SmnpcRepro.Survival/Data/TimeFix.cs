namespace SmnpcRepro.Survival.Data;

/// <summary>
/// Merges survival times that differ only by floating-point noise, as R's <c>aeqSurv</c> does (survival
/// ≥ 3.0 applies it by default, <c>timefix = TRUE</c>): among the sorted distinct finite times, a time
/// within <see cref="Tolerance"/> of its predecessor (absolutely, or relative to the mean absolute time)
/// is replaced by the earliest time of its run. Without this, 1/3 + 1/3 and 2/3 would be two times.
/// </summary>
public static class TimeFix
{
    /// <summary>R's tolerance, <c>sqrt(.Machine$double.eps)</c>.</summary>
    public static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    /// <summary>Returns the times with near-ties merged; the input is not changed. NaN and ±Inf pass through.</summary>
    public static double[] Apply(ReadOnlySpan<double> times)
    {
        var result = times.ToArray();
        var distinct = new List<double>(result.Length);
        foreach (var t in result)
        {
            if (double.IsFinite(t))
            {
                distinct.Add(t);
            }
        }

        if (distinct.Count < 2)
        {
            return result;
        }

        distinct.Sort();
        var unique = new List<double>(distinct.Count) { distinct[0] };
        for (var i = 1; i < distinct.Count; i++)
        {
            if (distinct[i] != unique[^1])
            {
                unique.Add(distinct[i]);
            }
        }

        var meanAbs = 0.0;
        foreach (var y in unique)
        {
            meanAbs += Math.Abs(y);
        }

        meanAbs /= unique.Count;
        var cuts = new List<double>(unique.Count) { unique[0] };
        var anyTied = false;
        for (var i = 1; i < unique.Count; i++)
        {
            var dy = unique[i] - unique[i - 1];
            var tied = dy <= Tolerance || (meanAbs > 0 && dy / meanAbs <= Tolerance);
            if (tied)
            {
                anyTied = true;
            }
            else
            {
                cuts.Add(unique[i]);
            }
        }

        if (!anyTied)
        {
            return result;
        }

        var cutArray = cuts.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (!double.IsFinite(result[i]))
            {
                continue;
            }

            // findInterval: the largest cut <= x.
            var at = Array.BinarySearch(cutArray, result[i]);
            result[i] = at >= 0 ? cutArray[at] : cutArray[~at - 1];
        }

        return result;
    }
}
