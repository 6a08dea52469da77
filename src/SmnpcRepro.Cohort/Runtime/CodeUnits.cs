using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>The few places where UTF-16 text and UTF-8 bytes differ for the reader: strings and labels.</summary>
internal static class CodeUnits
{
    /// <summary>The cell as a string.</summary>
    public static string ToString<T>(ReadOnlySpan<T> cell)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(char)
            ? new string(MemoryMarshal.Cast<T, char>(cell))
            : Encoding.UTF8.GetString(MemoryMarshal.Cast<T, byte>(cell));

    /// <summary>A label in the reader's code units, to compare cells with it without a string.</summary>
    public static T[] Encode<T>(string label)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(char)
            ? MemoryMarshal.Cast<char, T>(label.AsSpan()).ToArray()
            : MemoryMarshal.Cast<byte, T>(Encoding.UTF8.GetBytes(label).AsSpan()).ToArray();
}
