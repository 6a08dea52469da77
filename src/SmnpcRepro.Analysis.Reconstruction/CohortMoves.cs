using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Proposes and applies random moves that keep every exact target: factor values exchanged between
/// patients (margins unchanged), survival times moved on the 0.01-month grid inside the published range
/// (its ends kept), deaths exchanged with censorings (the death count unchanged), whole outcomes exchanged,
/// and Frankel grades changed within the assumed bounds. All randomness comes from the caller's generator.
/// </summary>
public sealed class CohortMoves(SearchSpace space)
{
    private const double SwapFactorShare = 0.40;
    private const double SetTimeShare = 0.25;
    private const double SwapDeathShare = 0.12;
    private const double SwapOutcomeShare = 0.13;

    /// <summary>The bounds the moves keep.</summary>
    public SearchSpace Space { get; } = space ?? throw new ArgumentNullException(nameof(space));

    /// <summary>Applies one random move to <paramref name="state"/> and returns it (for undo).</summary>
    public CohortMove Apply(ReconstructionState state, ref SplitMix64 rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        while (true)
        {
            var u = rng.NextDouble();
            CohortMove? move = u < SwapFactorShare ? SwapFactor(state, ref rng)
                : u < SwapFactorShare + SetTimeShare ? SetTime(state, ref rng)
                : u < SwapFactorShare + SetTimeShare + SwapDeathShare ? SwapDeath(state, ref rng)
                : u < SwapFactorShare + SetTimeShare + SwapDeathShare + SwapOutcomeShare ? SwapOutcome(state, ref rng)
                : Regrade(state, ref rng);
            if (move is { } applied)
            {
                return applied;
            }
        }
    }

    private static CohortMove? SwapFactor(ReconstructionState state, ref SplitMix64 rng)
    {
        var f = rng.NextInt(0, ReconstructionState.Factors.Count - 1);
        var groups = state.Groups(f);
        var i = rng.NextInt(0, state.Patients - 1);
        var j = rng.NextInt(0, state.Patients - 1);
        if (groups[i] == groups[j])
        {
            return null;
        }

        state.SwapFactor(f, i, j);
        return new CohortMove(MoveKind.SwapFactor, f, i, j, 0);
    }

    private CohortMove? SetTime(ReconstructionState state, ref SplitMix64 rng)
    {
        var i = rng.NextInt(0, state.Patients - 1);
        var times = state.Times;
        var old = times[i];
        if ((old == Space.ShortestTime && Count(times, old) == 1) || (old == Space.LongestTime && Count(times, old) == 1))
        {
            return null;
        }

        var u = rng.NextDouble();
        int proposed;
        if (u < 0.35)
        {
            proposed = (int)Math.Round(old * Math.Exp(0.25 * ((2 * rng.NextDouble()) - 1)));
        }
        else if (u < 0.60)
        {
            proposed = old + rng.NextInt(-100, 100);
        }
        else if (u < 0.85)
        {
            var logMin = Math.Log(Space.ShortestTime);
            proposed = (int)Math.Round(Math.Exp(logMin + (rng.NextDouble() * (Math.Log(Space.LongestTime) - logMin))));
        }
        else
        {
            proposed = Space.AnchorTimes.Count == 0 ? old : Space.AnchorTimes[rng.NextInt(0, Space.AnchorTimes.Count - 1)];
        }

        proposed = Math.Clamp(proposed, Space.ShortestTime, Space.LongestTime);
        if (proposed == old)
        {
            return null;
        }

        state.SetTime(i, proposed);
        return new CohortMove(MoveKind.SetTime, -1, i, -1, old);
    }

    private static CohortMove? SwapDeath(ReconstructionState state, ref SplitMix64 rng)
    {
        var i = rng.NextInt(0, state.Patients - 1);
        var j = rng.NextInt(0, state.Patients - 1);
        if (state.Deaths[i] == state.Deaths[j])
        {
            return null;
        }

        state.SwapDeath(i, j);
        return new CohortMove(MoveKind.SwapDeath, -1, i, j, 0);
    }

    private static CohortMove? SwapOutcome(ReconstructionState state, ref SplitMix64 rng)
    {
        var i = rng.NextInt(0, state.Patients - 1);
        var j = rng.NextInt(0, state.Patients - 1);
        if (state.Times[i] == state.Times[j] && state.Deaths[i] == state.Deaths[j])
        {
            return null;
        }

        state.SwapOutcome(i, j);
        return new CohortMove(MoveKind.SwapOutcome, -1, i, j, 0);
    }

    private CohortMove? Regrade(ReconstructionState state, ref SplitMix64 rng)
    {
        var i = rng.NextInt(0, state.Patients - 1);
        var old = state.FrankelGrades[i];
        var grade = rng.NextInt(1, 4);
        grade = grade >= old ? grade + 1 : grade;
        var lowGroup = state.FrankelGroupOf(1);
        var low = 0;
        foreach (var g in state.Groups(state.FrankelFactor))
        {
            low += g == lowGroup ? 1 : 0;
        }

        low += (state.FrankelGroupOf(grade) == lowGroup ? 1 : 0) - (state.FrankelGroupOf(old) == lowGroup ? 1 : 0);
        if (low < Space.FrankelLowGroupMin || low > Space.FrankelLowGroupMax)
        {
            return null;
        }

        state.SetFrankelGrade(i, grade);
        return new CohortMove(MoveKind.Regrade, state.FrankelFactor, i, -1, old);
    }

    private static int Count(ReadOnlySpan<int> values, int value)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += v == value ? 1 : 0;
        }

        return count;
    }
}
