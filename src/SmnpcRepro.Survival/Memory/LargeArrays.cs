using System.Runtime.InteropServices;

namespace SmnpcRepro.Survival.Memory;

/// <summary>
/// Work arrays of millions of elements (a CSV's bytes and columns, a Cox problem's sorted design), backed by
/// transparent huge pages where Linux gives them on request (<c>/sys/kernel/mm/transparent_hugepage/enabled</c>
/// = <c>madvise</c>, the common default). The array is allocated pinned and its whole 2 MiB pages are advised
/// <c>MADV_HUGEPAGE</c> before anything touches them, so its first write faults in one 2 MiB page instead of
/// 512 pages of 4 KiB. On the project's benchmark machine (a virtual machine) a first touch costs about 3.5 ms per
/// MiB in small pages and a tenth of that in huge pages, which is most of the difference between reading ten million
/// rows in one second or in two. Below 4 MiB, on other systems, or when the advice fails, it is an ordinary array;
/// the contents are the same either way (zero, or unspecified for <see cref="AllocateUninitialized{T}"/>).
/// </summary>
public static class LargeArrays
{
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE
    private const long HugePage = 2L * 1024 * 1024;
    private const long Threshold = 2 * HugePage;

    /// <summary>A zeroed array of <paramref name="length"/> elements.</summary>
    public static T[] Allocate<T>(int length)
        where T : unmanaged =>
        IsLarge<T>(length) ? Advise(GC.AllocateArray<T>(length, pinned: true)) : new T[length];

    /// <summary>An array of <paramref name="length"/> elements whose contents the caller overwrites before reading.</summary>
    public static T[] AllocateUninitialized<T>(int length)
        where T : unmanaged =>
        IsLarge<T>(length) ? Advise(GC.AllocateUninitializedArray<T>(length, pinned: true)) : GC.AllocateUninitializedArray<T>(length);

    private static bool IsLarge<T>(int length)
        where T : unmanaged =>
        OperatingSystem.IsLinux() && (long)length * Marshal.SizeOf<T>() >= Threshold;

    private static T[] Advise<T>(T[] array)
        where T : unmanaged
    {
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var first = (start + HugePage - 1) & ~(HugePage - 1);
        var last = (start + ((long)array.Length * Marshal.SizeOf<T>())) & ~(HugePage - 1);
        if (last > first)
        {
            try
            {
                // The result is advice only: a refusal (no THP, an old kernel) leaves small pages and the same array.
                _ = NativeMethods.Madvise((nint)first, (nuint)(last - first), AdviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc: small pages.
            }
        }

        return array;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "madvise")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Madvise(nint address, nuint length, int advice);
    }
}
