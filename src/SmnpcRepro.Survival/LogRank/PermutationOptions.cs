namespace SmnpcRepro.Survival.LogRank;

/// <summary>Options of <see cref="PermutationLogRank"/>.</summary>
public sealed record PermutationOptions
{
    /// <summary>The statistic permuted; default the survdiff chi-square.</summary>
    public PermutationStatistic Statistic { get; init; } = PermutationStatistic.ChiSquare;

    /// <summary>The weights and time fix of the underlying test; default the log-rank test.</summary>
    public LogRankOptions Test { get; init; } = LogRankOptions.Default;

    /// <summary>Monte Carlo relabellings (≥ 1); default 10,000.</summary>
    public int Resamples { get; init; } = 10_000;

    /// <summary>Seed of the xoshiro256** streams; the same seed gives the same p on any machine and core count.</summary>
    public ulong Seed { get; init; } = 20240101;

    /// <summary>Upper bound on the cases in one Monte Carlo block (each block has its own stream); default 1,024.</summary>
    public int BlockSize { get; init; } = 1024;

    /// <summary>Threads used (results do not depend on it); default all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Largest number of relabellings an exact test may enumerate; default 5·10⁷.</summary>
    public long MaxExactAssignments { get; init; } = 50_000_000;
}
