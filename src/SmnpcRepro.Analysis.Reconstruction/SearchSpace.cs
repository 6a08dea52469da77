namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The bounds the search keeps while it moves survival and Frankel grades: observed times on a 0.01-month
/// grid in [shortest, longest] with both ends present (the paper's range), and the number of patients with
/// Frankel A–C within assumed plausible bounds (the paper never prints it). Anchor times are the published
/// medians: an SPSS median is an observed death time, so a proposal may place a time exactly there.
/// </summary>
/// <param name="ShortestTime">Shortest observed time, hundredths of a month.</param>
/// <param name="LongestTime">Longest observed time, hundredths of a month.</param>
/// <param name="FrankelLowGroupMin">Fewest patients with Frankel A–C.</param>
/// <param name="FrankelLowGroupMax">Most patients with Frankel A–C.</param>
/// <param name="AnchorTimes">Times (hundredths) a proposal may jump to.</param>
public sealed record SearchSpace(int ShortestTime, int LongestTime, int FrankelLowGroupMin, int FrankelLowGroupMax, IReadOnlyList<int> AnchorTimes)
{
    /// <summary>
    /// Assumed bounds on the Frankel A–C group: 3 to 15 of 30 (10–50%). Surgical series of spinal
    /// metastases report roughly a fifth to two fifths with A–C; the bounds are wider than that, so the
    /// data (Table 2's Frankel rows) decide within them.
    /// </summary>
    public static (int Min, int Max) AssumedFrankelLowGroup => (3, 15);

    /// <summary>The space for <paramref name="exact"/> targets, anchored at the medians among <paramref name="targets"/>.</summary>
    public static SearchSpace From(SynthesisTargets exact, IReadOnlyList<ReconstructionTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(targets);
        var anchors = targets
            .Where(t => t.Quantity.Kind is MetricKind.OverallMedian or MetricKind.GroupMedian)
            .Select(t => (int)Math.Round(t.Published * ReconstructionState.TimeScale))
            .Distinct()
            .Order()
            .ToArray();
        var (min, max) = AssumedFrankelLowGroup;
        return new SearchSpace(
            (int)Math.Round(exact.TimeMin * ReconstructionState.TimeScale),
            (int)Math.Round(exact.TimeMax * ReconstructionState.TimeScale),
            min,
            max,
            anchors);
    }
}
