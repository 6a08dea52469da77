using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// Independent seeds for numbered tasks (bootstrap resamples, factors) from one seed: the first
/// <c>count</c> outputs of a SplitMix64 stream. Task k always gets the same seed, whatever runs it.
/// </summary>
public static class SeedSequence
{
    /// <summary>The seeds of tasks 0 … <paramref name="count"/> − 1.</summary>
    public static ulong[] Of(ulong seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var stream = new SplitMix64(seed);
        var seeds = new ulong[count];
        for (var k = 0; k < count; k++)
        {
            seeds[k] = stream.NextUInt64();
        }

        return seeds;
    }
}
