namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Simulated annealing's temperature as a function of the iteration index alone (never of the total
/// budget or the clock), so that a run stopped at iteration k equals a run asked for k iterations: cycles
/// of <see cref="CycleLength"/> iterations, each cooling geometrically from <see cref="StartTemperature"/>
/// to <see cref="EndTemperature"/> and starting again from the best state found so far (annealing with
/// restarts); the best state is polished by a zero-temperature descent over every small move
/// (<see cref="GreedyPolish"/>, at most <see cref="PolishSweeps"/> sweeps) before each restart and at the end.
/// A cycle may end in a banded phase: the first <see cref="CoolingIterations"/> iterations cool with the tolerance
/// bands of the loss switched off (weight 0: the ordinary loss alone, which the hot search handles best), the last
/// <see cref="BandLength"/> cool again from <see cref="BandStartTemperature"/> with the bands weighted
/// <see cref="BandPhaseWeight"/>, every chain continuing from the best chain's state; the final polish and the
/// choice among chains use the loss's full band weight (<see cref="TargetJudgements.Band"/>).
/// </summary>
/// <param name="CycleLength">Iterations per cooling cycle.</param>
/// <param name="StartTemperature">Temperature at the start of a cycle (in loss units).</param>
/// <param name="EndTemperature">Temperature at the end of a cycle.</param>
/// <param name="PolishSweeps">Most sweeps of the descent that polishes the best state (none at 0).</param>
/// <param name="BandLength">Iterations of the banded phase at the end of each cycle (none at 0).</param>
/// <param name="BandStartTemperature">Temperature at the start of the banded phase.</param>
/// <param name="BandPhaseWeight">Weight of the tolerance bands in the banded phase.</param>
public sealed record AnnealingSchedule(long CycleLength, double StartTemperature, double EndTemperature, int PolishSweeps, long BandLength = 0, double BandStartTemperature = 1.0, double BandPhaseWeight = 0.0)
{
    /// <summary>
    /// The schedule the committed cohort was made with: one slow cooling of the default run's 1 000 000
    /// iterations, then the polish. Measured on the default seed and seed 1 (4 chains × 1 000 000 iterations):
    /// five cycles of 200 000 iterations gave losses 45.0 and 101.5, one cycle of 1 000 000 gave 43.7 and 53.8
    /// (which basin a chain ends in is settled while it is hot, and a slower cooling settles it better; starting
    /// at T = 5 instead of 20 gave 149), and the polish then took the default seed's chains from 209, 44, 52, 144
    /// to 54, 38, 32, 57. With the tolerance bands of issue 17 (default seed, 4 chains): bands weighted 1000 from
    /// the start left five factors outside them (loss 141 with those bands), 100 left three; a banded phase of
    /// 200 000 or 400 000 iterations from T = 1 after an unbanded cooling left one; starting it at T = 0.3, or
    /// weighting the bands 30 in the first phase, left five and six; every chain continuing the banded phase from
    /// the best chain's state, with the bands weighted 10 000 in the final polish, left none.
    /// </summary>
    public static AnnealingSchedule Default { get; } = new(1_000_000, 20.0, 0.002, 20, 400_000, 1.0, 1_000.0);

    /// <summary>The schedule before <see cref="Default"/> (five cycles of 200 000 iterations, no polish): what a run record that names no schedule was made with.</summary>
    public static AnnealingSchedule Earlier { get; } = new(200_000, 20.0, 0.002, 0);

    /// <summary>Iterations of the banded phase at the end of each cycle (<see cref="BandLength"/>, kept below the cycle length).</summary>
    public long BandedIterations => Math.Clamp(BandLength, 0, CycleLength - 1);

    /// <summary>Iterations of the first phase of each cycle, before the banded one.</summary>
    public long CoolingIterations => CycleLength - BandedIterations;

    /// <summary>Whether iteration <paramref name="iteration"/> starts the banded phase of its cycle.</summary>
    public bool StartsBand(long iteration) => BandedIterations > 0 && iteration % CycleLength == CoolingIterations;

    /// <summary>The weight of the tolerance bands at iteration <paramref name="iteration"/>: 0 in the first phase, <see cref="BandPhaseWeight"/> in the banded one.</summary>
    public double BandWeight(long iteration) => BandedIterations > 0 && iteration % CycleLength >= CoolingIterations ? BandPhaseWeight : 0.0;

    /// <summary>The temperature at iteration <paramref name="iteration"/> (0-based).</summary>
    public double Temperature(long iteration)
    {
        var inCycle = iteration % CycleLength;
        var first = CoolingIterations;
        if (inCycle >= first)
        {
            return BandStartTemperature * Math.Pow(EndTemperature / BandStartTemperature, (inCycle - first) / (double)BandedIterations);
        }

        var position = inCycle / (double)first;
        return StartTemperature * Math.Pow(EndTemperature / StartTemperature, position);
    }

    /// <summary>Whether iteration <paramref name="iteration"/> starts a new cycle (after the first).</summary>
    public bool Restarts(long iteration) => iteration > 0 && iteration % CycleLength == 0;
}
