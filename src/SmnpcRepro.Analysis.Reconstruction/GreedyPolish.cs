namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// A zero-temperature descent over every small move, in one fixed order: each factor's values exchanged
/// between every pair of patients in different groups, every patient's time put on or next to every other
/// patient's time (the Cox models and the log-rank tests see only the order of the times and their ties) or
/// on a published median, every death exchanged with every censoring, every pair of whole outcomes exchanged,
/// and every allowed Frankel regrade. A move is kept when it lowers the loss; sweeps repeat until one keeps
/// nothing (or <paramref name="maxSweeps"/> is reached). Annealing samples these moves at random and rarely
/// tries the one move that still helps at the end of a cycle; the descent tries them all. Deterministic: no
/// randomness, and the order of the moves is fixed.
/// </summary>
public static class GreedyPolish
{
    /// <summary>Descends from <paramref name="state"/> (changed in place); returns its final loss.</summary>
    /// <param name="state">The state to polish; it must be <paramref name="objective"/>'s current state or be reset into it.</param>
    /// <param name="objective">The objective (reset here to <paramref name="state"/>).</param>
    /// <param name="space">The bounds the moves keep.</param>
    /// <param name="maxSweeps">Most sweeps over the whole neighbourhood.</param>
    public static double Run(ReconstructionState state, ReconstructionObjective objective, SearchSpace space, int maxSweeps)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(space);
        var loss = objective.Reset(state);
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            var before = loss;
            loss = SwapFactors(state, objective, loss);
            loss = MoveTimes(state, objective, space, loss);
            loss = SwapOutcomes(state, objective, loss);
            loss = Regrade(state, objective, space, loss);
            if (!(loss < before))
            {
                loss = SwapFactorPairs(state, objective, loss);
                if (!(loss < before))
                {
                    break;
                }
            }
        }

        return loss;
    }

    private static double Try(ReconstructionState state, ReconstructionObjective objective, in CohortMove move, double loss)
    {
        var proposed = objective.Propose(state, move);
        if (proposed < loss)
        {
            objective.Accept();
            return proposed;
        }

        move.Undo(state);
        return loss;
    }

    private static double SwapFactors(ReconstructionState state, ReconstructionObjective objective, double loss)
    {
        var n = state.Patients;
        for (var f = 0; f < ReconstructionState.Factors.Count; f++)
        {
            for (var i = 0; i < n - 1; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (state.Groups(f)[i] == state.Groups(f)[j])
                    {
                        continue;
                    }

                    state.SwapFactor(f, i, j);
                    loss = Try(state, objective, new CohortMove(MoveKind.SwapFactor, f, i, j, 0), loss);
                }
            }
        }

        return loss;
    }

    /// <summary>
    /// Two exchanges of one factor's values at once (every pair of the pairs <see cref="SwapFactors"/> tries):
    /// a factor's column can sit where no single exchange helps and two do.
    /// </summary>
    private static double SwapFactorPairs(ReconstructionState state, ReconstructionObjective objective, double loss)
    {
        var n = state.Patients;
        for (var f = 0; f < ReconstructionState.Factors.Count; f++)
        {
            for (var i = 0; i < n - 1; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (state.Groups(f)[i] == state.Groups(f)[j])
                    {
                        continue;
                    }

                    for (var k = i; k < n - 1; k++)
                    {
                        for (var l = k + 1; l < n; l++)
                        {
                            if ((k == i && l <= j) || k == j || l == i || l == j || state.Groups(f)[k] == state.Groups(f)[l] || state.Groups(f)[i] == state.Groups(f)[j])
                            {
                                continue;
                            }

                            state.SwapFactor(f, i, j);
                            state.SwapFactor(f, k, l);
                            var proposed = objective.Propose(state, new CohortMove(MoveKind.SwapFactor, f, k, l, 0));
                            if (proposed < loss)
                            {
                                objective.Accept();
                                loss = proposed;
                            }
                            else
                            {
                                state.SwapFactor(f, k, l);
                                state.SwapFactor(f, i, j);
                            }
                        }
                    }
                }
            }
        }

        return loss;
    }

    private static double MoveTimes(ReconstructionState state, ReconstructionObjective objective, SearchSpace space, double loss)
    {
        var n = state.Patients;
        for (var i = 0; i < n; i++)
        {
            for (var j = -space.AnchorTimes.Count; j < n && !Pinned(state, space, state.Times[i]); j++)
            {
                for (var step = j < 0 ? 0 : -1; step <= (j < 0 ? 0 : 1) && j != i; step++)
                {
                    var old = state.Times[i];
                    var proposed = j < 0 ? space.AnchorTimes[-1 - j] : state.Times[j] + step;
                    if (proposed == old || proposed < space.ShortestTime || proposed > space.LongestTime)
                    {
                        continue;
                    }

                    state.SetTime(i, proposed);
                    loss = Try(state, objective, new CohortMove(MoveKind.SetTime, -1, i, -1, old), loss);
                }
            }
        }

        return loss;
    }

    /// <summary>Whether <paramref name="time"/> is the only time at an end of the range (which must stay present).</summary>
    private static bool Pinned(ReconstructionState state, SearchSpace space, int time)
    {
        if (time != space.ShortestTime && time != space.LongestTime)
        {
            return false;
        }

        var count = 0;
        foreach (var t in state.Times)
        {
            count += t == time ? 1 : 0;
        }

        return count == 1;
    }

    private static double SwapOutcomes(ReconstructionState state, ReconstructionObjective objective, double loss)
    {
        var n = state.Patients;
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (state.Deaths[i] != state.Deaths[j])
                {
                    state.SwapDeath(i, j);
                    loss = Try(state, objective, new CohortMove(MoveKind.SwapDeath, -1, i, j, 0), loss);
                }

                if (state.Times[i] != state.Times[j] || state.Deaths[i] != state.Deaths[j])
                {
                    state.SwapOutcome(i, j);
                    loss = Try(state, objective, new CohortMove(MoveKind.SwapOutcome, -1, i, j, 0), loss);
                }
            }
        }

        return loss;
    }

    private static double Regrade(ReconstructionState state, ReconstructionObjective objective, SearchSpace space, double loss)
    {
        var lowGroup = state.FrankelGroupOf(1);
        for (var i = 0; i < state.Patients; i++)
        {
            for (var grade = 1; grade <= 5; grade++)
            {
                var old = state.FrankelGrades[i];
                if (grade == old)
                {
                    continue;
                }

                var low = 0;
                foreach (var g in state.Groups(state.FrankelFactor))
                {
                    low += g == lowGroup ? 1 : 0;
                }

                low += (state.FrankelGroupOf(grade) == lowGroup ? 1 : 0) - (state.FrankelGroupOf(old) == lowGroup ? 1 : 0);
                if (low < space.FrankelLowGroupMin || low > space.FrankelLowGroupMax)
                {
                    continue;
                }

                state.SetFrankelGrade(i, grade);
                loss = Try(state, objective, new CohortMove(MoveKind.Regrade, state.FrankelFactor, i, -1, old), loss);
            }
        }

        return loss;
    }
}
