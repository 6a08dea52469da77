namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Simulated annealing's temperature as a function of the iteration index alone (never of the total
/// budget or the clock), so that a run stopped at iteration k equals a run asked for k iterations: cycles
/// of <see cref="CycleLength"/> iterations, each cooling geometrically from <see cref="StartTemperature"/>
/// to <see cref="EndTemperature"/> and starting again from the best state found so far (annealing with
/// restarts).
/// </summary>
/// <param name="CycleLength">Iterations per cooling cycle.</param>
/// <param name="StartTemperature">Temperature at the start of a cycle (in loss units).</param>
/// <param name="EndTemperature">Temperature at the end of a cycle.</param>
public sealed record AnnealingSchedule(long CycleLength, double StartTemperature, double EndTemperature)
{
    /// <summary>The schedule the committed cohort was made with.</summary>
    public static AnnealingSchedule Default { get; } = new(200_000, 20.0, 0.002);

    /// <summary>The temperature at iteration <paramref name="iteration"/> (0-based).</summary>
    public double Temperature(long iteration)
    {
        var position = (iteration % CycleLength) / (double)CycleLength;
        return StartTemperature * Math.Pow(EndTemperature / StartTemperature, position);
    }

    /// <summary>Whether iteration <paramref name="iteration"/> starts a new cycle (after the first).</summary>
    public bool Restarts(long iteration) => iteration > 0 && iteration % CycleLength == 0;
}
