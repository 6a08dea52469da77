using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The unweighted, unstratified k-sample log-rank chi-square alone (the statistic of
/// <see cref="LogRankTest.Compute"/>, R's <c>survdiff</c>), for screening many small samples such as
/// bootstrap resamples: no data object, no result record, the work arrays owned by the caller
/// (<see cref="LogRankWorkspace"/>, one per thread). Times are compared exactly; apply
/// <see cref="Data.TimeFix.Apply"/> to them first for R's <c>timefix</c>. Groups without rows are allowed
/// (survdiff drops groups with no expected events from the test).
/// </summary>
public static class LogRankChiSquare
{
    /// <summary>The chi-square, its degrees of freedom (groups with expected events, minus one) and its p (NaN below 1 df).</summary>
    /// <param name="time">Follow-up time per row.</param>
    /// <param name="status">1 = event, 0 = censored.</param>
    /// <param name="group">Group code per row, 0 … groups − 1.</param>
    /// <param name="workspace">Work arrays with room for the rows and groups.</param>
    /// <exception cref="ArgumentException">Lengths differ, the workspace is too small, or a code is out of range.</exception>
    public static (double ChiSquare, int DegreesOfFreedom, double PValue) Compute(ReadOnlySpan<double> time, ReadOnlySpan<byte> status, ReadOnlySpan<int> group, LogRankWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var n = time.Length;
        var groups = workspace.Groups;
        if (status.Length != n || group.Length != n)
        {
            throw new ArgumentException("time, status and group must have the same length.");
        }

        if (n > workspace.Capacity)
        {
            throw new ArgumentException($"The workspace holds {workspace.Capacity} rows; {n} were given.", nameof(workspace));
        }

        var keys = workspace.Keys.AsSpan(0, n);
        var order = workspace.Order.AsSpan(0, n);
        var risk = workspace.Risk;
        var observed = workspace.Observed;
        var expected = workspace.Expected;
        var variance = workspace.Variance;
        var events = workspace.Events;
        Array.Clear(risk);
        Array.Clear(observed);
        Array.Clear(expected);
        Array.Clear(variance);
        for (var i = 0; i < n; i++)
        {
            if ((uint)group[i] >= (uint)groups)
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: group {group[i]} is not one of {groups}."), nameof(group));
            }

            keys[i] = time[i];
            order[i] = i;
            risk[group[i]]++;
        }

        keys.Sort(order);
        double atRisk = n;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            Array.Clear(events);
            var d = 0.0;
            for (var k = start; k < end; k++)
            {
                var row = order[k];
                events[group[row]] += status[row];
                d += status[row];
            }

            if (d > 0)
            {
                for (var g = 0; g < groups; g++)
                {
                    observed[g] += events[g];
                    expected[g] += d * risk[g] / atRisk;
                }

                if (atRisk > 1)
                {
                    var kt = d * (atRisk - d) / (atRisk * atRisk * (atRisk - 1));
                    for (var a = 0; a < groups; a++)
                    {
                        var tmp = kt * risk[a];
                        for (var b = 0; b < groups; b++)
                        {
                            variance[a, b] -= tmp * risk[b];
                        }

                        variance[a, a] += tmp * atRisk;
                    }
                }
            }

            for (var k = start; k < end; k++)
            {
                risk[group[order[k]]]--;
            }

            atRisk -= end - start;
            start = end;
        }

        var (chisq, df) = LogRankTest.ChiSquare(observed, expected, variance);
        return (chisq, df, df < 1 ? double.NaN : Distributions.ChiSquareUpperTail(chisq, df));
    }
}

/// <summary>Work arrays of <see cref="LogRankChiSquare"/> for up to <see cref="Capacity"/> rows in <see cref="Groups"/> groups; one per thread.</summary>
public sealed class LogRankWorkspace
{
    /// <summary>Allocates the work arrays.</summary>
    public LogRankWorkspace(int capacity, int groups)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 1);
        Capacity = capacity;
        Groups = groups;
        Keys = new double[capacity];
        Order = new int[capacity];
        Risk = new double[groups];
        Observed = new double[groups];
        Expected = new double[groups];
        Events = new double[groups];
        Variance = new double[groups, groups];
    }

    /// <summary>Most rows.</summary>
    public int Capacity { get; }

    /// <summary>Groups.</summary>
    public int Groups { get; }

    internal double[] Keys { get; }

    internal int[] Order { get; }

    internal double[] Risk { get; }

    internal double[] Observed { get; }

    internal double[] Expected { get; }

    internal double[] Events { get; }

    internal double[,] Variance { get; }
}
