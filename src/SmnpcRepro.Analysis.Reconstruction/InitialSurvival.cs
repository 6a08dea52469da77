using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The search's starting survival: a proportional-hazards draw whose log-hazard is the sum, over the
/// Table 2 factors, of the published univariate log hazard ratio times the patient's covariate, so every
/// effect starts in the published direction (the log-rank p the selection uses ignores direction, and
/// turning an effect round later would cross p ≈ 1). Exponential times with a baseline median of the
/// published overall median, censoring uniform over the published range, exactly the published deaths
/// (those whose death comes earliest relative to their censoring), and the range's ends present.
/// </summary>
public static class InitialSurvival
{
    /// <summary>Draws survival into <paramref name="state"/>.</summary>
    /// <param name="state">The state (its factor groups are read; its outcomes overwritten).</param>
    /// <param name="logHazardRatios">Per factor (Table 2 order), the log hazard ratio per unit of its covariate.</param>
    /// <param name="medianMonths">Baseline median survival.</param>
    /// <param name="deaths">Number of deaths.</param>
    /// <param name="space">The time range.</param>
    /// <param name="rng">The random stream.</param>
    public static void Draw(ReconstructionState state, IReadOnlyList<double> logHazardRatios, double medianMonths, int deaths, SearchSpace space, ref SplitMix64 rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(logHazardRatios);
        ArgumentNullException.ThrowIfNull(space);
        var n = state.Patients;
        var factors = ReconstructionState.Factors;
        var linear = new double[n];
        for (var f = 0; f < factors.Count; f++)
        {
            var groups = state.Groups(f);
            for (var i = 0; i < n; i++)
            {
                linear[i] += logHazardRatios[f] * factors[f].Covariate(groups[i]);
            }
        }

        var centre = linear.Average();
        double shortest = space.ShortestTime, longest = space.LongestTime;
        var eventTime = new double[n];
        var censorTime = new double[n];
        for (var i = 0; i < n; i++)
        {
            var rate = Math.Log(2) / (medianMonths * ReconstructionState.TimeScale) * Math.Exp(linear[i] - centre);
            eventTime[i] = -Math.Log(1 - rng.NextDouble()) / rate;
            censorTime[i] = shortest + (rng.NextDouble() * (longest - shortest));
        }

        var order = Enumerable.Range(0, n).OrderBy(i => eventTime[i] / censorTime[i]).ThenBy(i => i).ToArray();
        var time = new int[n];
        for (var r = 0; r < n; r++)
        {
            var i = order[r];
            var t = r < deaths ? Math.Min(eventTime[i], censorTime[i]) : censorTime[i];
            time[i] = (int)Math.Round(Math.Clamp(t, shortest, longest));
            state.SetOutcome(i, time[i], r < deaths);
        }

        var first = Enumerable.Range(0, n).OrderBy(i => time[i]).ThenBy(i => i).First();
        var last = Enumerable.Range(0, n).OrderByDescending(i => time[i]).ThenBy(i => i).First();
        state.SetOutcome(first, space.ShortestTime, state.Deaths[first]);
        state.SetOutcome(last, space.LongestTime, state.Deaths[last]);
    }
}
