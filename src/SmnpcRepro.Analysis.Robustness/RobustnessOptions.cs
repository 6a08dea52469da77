namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// The random-number and effort settings of the robustness appendix. Every random draw comes from these
/// seeds, so the appendix is the same on any machine and any number of cores.
/// </summary>
public sealed record RobustnessOptions
{
    /// <summary>The appendix as built: 1,000 bootstrap resamples and 10,000 permutations.</summary>
    public static RobustnessOptions Default { get; } = new();

    /// <summary>Bootstrap resamples of the whole selection procedure (≥ 1); default 1,000.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Seed of the bootstrap (each resample draws from its own stream derived from it).</summary>
    public ulong BootstrapSeed { get; init; } = 20190815;

    /// <summary>Monte Carlo relabellings of each permutation log-rank test (≥ 1); default 10,000.</summary>
    public int PermutationResamples { get; init; } = 10_000;

    /// <summary>Seed of the permutation tests (each factor gets its own seed derived from it).</summary>
    public ulong PermutationSeed { get; init; } = 20190815;

    /// <summary>
    /// A two-group factor is tested exactly (every relabelling enumerated) when there are at most this many
    /// relabellings, C(n, smaller group); otherwise by Monte Carlo. Default 200,000.
    /// </summary>
    public long MaxExactRelabellings { get; init; } = 200_000;

    /// <summary>Threads used (results do not depend on it); default all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (BootstrapResamples < 1)
        {
            throw new ArgumentException(FormattableString.Invariant($"The bootstrap needs at least one resample; got {BootstrapResamples}."));
        }

        if (PermutationResamples < 1)
        {
            throw new ArgumentException(FormattableString.Invariant($"The permutation tests need at least one relabelling; got {PermutationResamples}."));
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentException(FormattableString.Invariant($"MaxDegreeOfParallelism must be -1 (all cores) or positive; got {MaxDegreeOfParallelism}."));
        }
    }
}
