using SmnpcRepro.Survival.Memory;

namespace SmnpcRepro.Survival.Tests;

/// <summary>
/// <see cref="LargeArrays"/> changes only where an array's pages come from: its length and contents are those of
/// an ordinary array, small or large (a large one is pinned and advised huge pages on Linux).
/// </summary>
public sealed class LargeArraysTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(1 << 20)]
    [InlineData((3 << 20) + 7)]
    public void A_zeroed_array_is_zero_and_as_long_as_asked(int length)
    {
        var doubles = LargeArrays.Allocate<double>(length);
        Assert.Equal(length, doubles.Length);
        Assert.True(doubles.AsSpan().IndexOfAnyExcept(0.0) < 0);
        var bytes = LargeArrays.Allocate<byte>(length);
        Assert.Equal(length, bytes.Length);
        Assert.True(bytes.AsSpan().IndexOfAnyExcept((byte)0) < 0);
    }

    [Fact]
    public void An_uninitialised_array_is_writable_end_to_end()
    {
        var values = LargeArrays.AllocateUninitialized<int>(5 << 20);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i;
        }

        Assert.Equal(values.Length - 1, values[^1]);
        Assert.Equal(0, values[0]);
    }
}
