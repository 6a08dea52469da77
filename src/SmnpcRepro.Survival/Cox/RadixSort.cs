using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Stable sort of row indices by a double key (least-significant-digit radix sort on the key's bits, a
/// byte a pass, passes on which every key has the same digit skipped): R's <c>order()</c> for finite keys,
/// ties kept in input order, in O(n).
/// </summary>
internal static class RadixSort
{
    private const int Bits = 8;
    private const int Buckets = 1 << Bits;

    /// <summary>The indices 0..n−1 ordered by <paramref name="keys"/> ascending, ties in index order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Order(ReadOnlySpan<double> keys)
    {
        var n = keys.Length;
        var key = new ulong[n];
        var order = Memory.LargeArrays.Allocate<int>(n);
        for (var i = 0; i < n; i++)
        {
            var bits = BitConverter.DoubleToUInt64Bits(keys[i] == 0 ? 0.0 : keys[i]);
            key[i] = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
            order[i] = i;
        }

        // Keys travel with their indices, so every pass reads sequentially.
        var nextKey = new ulong[n];
        var next = Memory.LargeArrays.Allocate<int>(n);
        var counts = new int[Buckets];
        for (var shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(counts);
            foreach (var k in key)
            {
                counts[(int)((k >> shift) & (Buckets - 1))]++;
            }

            if (n == 0 || counts[(int)((key[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var c = counts[b];
                counts[b] = total;
                total += c;
            }

            for (var i = 0; i < n; i++)
            {
                var at = counts[(int)((key[i] >> shift) & (Buckets - 1))]++;
                nextKey[at] = key[i];
                next[at] = order[i];
            }

            (key, nextKey) = (nextKey, key);
            (order, next) = (next, order);
        }

        return order;
    }
}
