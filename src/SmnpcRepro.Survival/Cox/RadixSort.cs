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
    private const int Passes = 64 / Bits;

    /// <summary>
    /// The indices 0..n−1 ordered by <paramref name="keys"/> ascending, ties in index order, with the keys
    /// in that order as order-preserving integers (equal exactly when the doubles are equal, −0 and 0
    /// alike), so that a caller finds runs of ties by reading them in sequence instead of gathering the
    /// doubles through the order.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="scratch">Work arrays of a sort of as many keys, used again instead of new ones; the result is
    /// two of them, so it is the caller's until the scratch is given to another sort.</param>
    public static (int[] Order, ulong[] SortedKeys) OrderWithKeys(ReadOnlySpan<double> keys, RadixScratch? scratch = null)
    {
        var n = keys.Length;
        if (scratch is not null && scratch.Length != n)
        {
            throw new ArgumentException($"The scratch is for {scratch.Length} keys, not {n}.", nameof(scratch));
        }

        var key = scratch?.Keys ?? Memory.LargeArrays.AllocateUninitialized<ulong>(n);
        var order = scratch?.Order ?? Memory.LargeArrays.AllocateUninitialized<int>(n);

        // One read of the keys counts the digits of every pass.
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var bits = BitConverter.DoubleToUInt64Bits(keys[i] == 0 ? 0.0 : keys[i]);
            var k = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
            key[i] = k;
            order[i] = i;
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((k >> (pass * Bits)) & (Buckets - 1))]++;
            }
        }

        // Keys travel with their indices, so every pass reads sequentially.
        var nextKey = scratch?.NextKeys ?? Memory.LargeArrays.AllocateUninitialized<ulong>(n);
        var next = scratch?.NextOrder ?? Memory.LargeArrays.AllocateUninitialized<int>(n);
        for (var pass = 0; pass < Passes && n > 0; pass++)
        {
            var shift = pass * Bits;
            var digits = counts.AsSpan(pass * Buckets, Buckets);
            if (digits[(int)((key[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var c = digits[b];
                digits[b] = total;
                total += c;
            }

            for (var i = 0; i < n; i++)
            {
                var at = digits[(int)((key[i] >> shift) & (Buckets - 1))]++;
                nextKey[at] = key[i];
                next[at] = order[i];
            }

            (key, nextKey) = (nextKey, key);
            (order, next) = (next, order);
        }

        return (order, key);
    }
}
