namespace SmnpcRepro.Survival.LogRank;

/// <summary>
/// The xoshiro256** generator (Blackman &amp; Vigna, 2018), seeded through SplitMix64, so that a seed gives
/// the same stream on every machine and runtime (System.Random makes no such promise). A mutable value
/// owned by one task; never shared.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state from <paramref name="seed"/> and a stream number, via SplitMix64.</summary>
    public Xoshiro256StarStar(ulong seed, ulong stream)
    {
        var x = seed ^ (stream * 0xD1B54A32D192ED03UL);
        x += stream * 0x9E3779B97F4A7C15UL;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) without modulo bias (Lemire's method).</summary>
    public int NextInt(int bound)
    {
        var range = (uint)bound;
        var m = (Next() >> 32) * range;
        var low = (uint)m;
        if (low < range)
        {
            var threshold = (0u - range) % range;
            while (low < threshold)
            {
                m = (Next() >> 32) * range;
                low = (uint)m;
            }
        }

        return (int)(m >> 32);
    }

    /// <summary>SplitMix64 step (Steele, Lea &amp; Flood, 2014): <see cref="Sampling.SplitMix64.Next"/>.</summary>
    public static ulong SplitMix64(ref ulong x) => Sampling.SplitMix64.Next(ref x);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
