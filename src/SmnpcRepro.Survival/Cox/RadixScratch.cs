namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The four work arrays of a <see cref="RadixSort"/> of <see cref="Length"/> keys, kept so that a later sort
/// of as many keys (the concordance's ranks after the time order) takes pages already touched instead of
/// fresh ones: on a virtual machine a fresh page costs more than the sort's pass over it.
/// </summary>
internal sealed class RadixScratch(int length)
{
    /// <summary>How many keys the arrays hold.</summary>
    public int Length { get; } = length;

    public ulong[] Keys { get; } = Memory.LargeArrays.AllocateUninitialized<ulong>(length);

    public int[] Order { get; } = Memory.LargeArrays.AllocateUninitialized<int>(length);

    public ulong[] NextKeys { get; } = Memory.LargeArrays.AllocateUninitialized<ulong>(length);

    public int[] NextOrder { get; } = Memory.LargeArrays.AllocateUninitialized<int>(length);
}
