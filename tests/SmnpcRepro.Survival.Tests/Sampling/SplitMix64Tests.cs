using SmnpcRepro.Survival.LogRank;
using SmnpcRepro.Survival.Sampling;

namespace SmnpcRepro.Survival.Tests.Sampling;

/// <summary>The one seeded generator: Vigna's reference splitmix64.c outputs, and the same stream for every user.</summary>
public sealed class SplitMix64Tests
{
    [Fact]
    public void Seed_zero_gives_the_reference_implementations_first_outputs()
    {
        // splitmix64.c (Vigna, 2015) with x = 0: e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f.
        var stream = new SplitMix64(0);
        Assert.Equal([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL], new[] { stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64() });
    }

    [Fact]
    public void The_struct_the_state_step_and_the_xoshiro_seeding_step_are_one_stream()
    {
        var stream = new SplitMix64(20190815);
        ulong state = 20190815, xoshiroState = 20190815;
        for (var i = 0; i < 100; i++)
        {
            var expected = stream.NextUInt64();
            Assert.Equal(expected, SplitMix64.Next(ref state));
            Assert.Equal(expected, Xoshiro256StarStar.SplitMix64(ref xoshiroState));
        }
    }

    [Fact]
    public void Bounded_integers_stay_in_range()
    {
        var stream = new SplitMix64(7);
        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(stream.NextInt(3, 9), 3, 9);
        }
    }
}
