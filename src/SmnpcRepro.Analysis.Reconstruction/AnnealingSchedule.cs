namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Simulated annealing's temperature as a function of the iteration index alone (never of the total
/// budget or the clock), so that a run stopped at iteration k equals a run asked for k iterations: cycles
/// of <see cref="CycleLength"/> iterations, each cooling geometrically from <see cref="StartTemperature"/>
/// to <see cref="EndTemperature"/> and starting again from the best state found so far (annealing with
/// restarts); the best state is polished by a zero-temperature descent over every small move
/// (<see cref="GreedyPolish"/>, at most <see cref="PolishSweeps"/> sweeps) before each restart and at the end.
/// </summary>
/// <param name="CycleLength">Iterations per cooling cycle.</param>
/// <param name="StartTemperature">Temperature at the start of a cycle (in loss units).</param>
/// <param name="EndTemperature">Temperature at the end of a cycle.</param>
/// <param name="PolishSweeps">Most sweeps of the descent that polishes the best state (none at 0).</param>
public sealed record AnnealingSchedule(long CycleLength, double StartTemperature, double EndTemperature, int PolishSweeps)
{
    /// <summary>
    /// The schedule the committed cohort was made with: one slow cooling of the default run's 1 000 000
    /// iterations, then the polish. Measured on the default seed and seed 1 (4 chains × 1 000 000 iterations):
    /// five cycles of 200 000 iterations gave losses 45.0 and 101.5, one cycle of 1 000 000 gave 43.7 and 53.8
    /// (which basin a chain ends in is settled while it is hot, and a slower cooling settles it better; starting
    /// at T = 5 instead of 20 gave 149), and the polish then took the default seed's chains from 209, 44, 52, 144
    /// to 54, 38, 32, 57.
    /// </summary>
    public static AnnealingSchedule Default { get; } = new(1_000_000, 20.0, 0.002, 20);

    /// <summary>The schedule before <see cref="Default"/> (five cycles of 200 000 iterations, no polish): what a run record that names no schedule was made with.</summary>
    public static AnnealingSchedule Earlier { get; } = new(200_000, 20.0, 0.002, 0);

    /// <summary>The temperature at iteration <paramref name="iteration"/> (0-based).</summary>
    public double Temperature(long iteration)
    {
        var position = (iteration % CycleLength) / (double)CycleLength;
        return StartTemperature * Math.Pow(EndTemperature / StartTemperature, position);
    }

    /// <summary>Whether iteration <paramref name="iteration"/> starts a new cycle (after the first).</summary>
    public bool Restarts(long iteration) => iteration > 0 && iteration % CycleLength == 0;
}
