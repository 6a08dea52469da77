namespace SmnpcRepro.Survival.Sampling;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014): a tiny, fully specified 64-bit generator, so a seed gives the
/// same stream on every machine and runtime (System.Random's seeded algorithm is an implementation
/// detail). Not for cryptography. A value type with explicit state: no static mutable state. The one seeded
/// generator of the build: the reconstruction's search, the robustness bootstrap's per-resample streams and the
/// seeding of <see cref="LogRank.Xoshiro256StarStar"/> all draw from it.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>Starts the stream at <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => Next(ref _state);

    /// <summary>One step of the stream whose state is <paramref name="state"/>: advances it and returns the next 64 bits.</summary>
    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>An integer uniform on [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>] (Lemire's unbiased method).</summary>
    public int NextInt(int minInclusive, int maxInclusive)
    {
        if (maxInclusive < minInclusive)
        {
            throw new ArgumentException("max must be at least min", nameof(maxInclusive));
        }

        var range = (ulong)((long)maxInclusive - minInclusive + 1);
        var threshold = (0UL - range) % range;
        while (true)
        {
            var r = NextUInt64();
            var high = Math.BigMul(r, range, out var low);
            if (low >= threshold)
            {
                return (int)((long)minInclusive + (long)high);
            }
        }
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
