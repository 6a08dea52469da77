using System;
using System.Collections.Generic;

namespace SmnpcRepro.Generators;

/// <summary>
/// Type names a generated enum must not take: the types the runtime and everyday code name without a
/// namespace (through implicit usings), since an enum in the project's namespace would hide them from
/// any code in that namespace or below it (the runtime's <c>File.OpenHandle</c> would find a
/// <c>File</c> enum). A field whose enum would take one gets the dictionary's prefix instead
/// (<c>file</c> in <c>demo.dictionary.csv</c> → <c>DemoFile</c>), as a clash between dictionaries does.
/// </summary>
internal static class ReservedTypeNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // System
        "Action", "Activator", "AppContext", "AppDomain", "ArgumentException", "ArgumentNullException",
        "ArgumentOutOfRangeException", "Array", "ArraySegment", "Attribute", "BitConverter", "Boolean", "Buffer",
        "Byte", "Char", "Console", "Convert", "DateOnly", "DateTime", "DateTimeOffset", "DayOfWeek", "Decimal",
        "Delegate", "Double", "Enum", "Environment", "EventArgs", "EventHandler", "Exception", "FormatException",
        "Func", "GC", "Guid", "Half", "HashCode", "IComparable", "IDisposable", "IEquatable", "IFormatProvider",
        "Index", "Int16", "Int32", "Int64", "IntPtr", "InvalidOperationException", "Lazy", "Math", "MathF",
        "Memory", "MemoryExtensions", "NotImplementedException", "NotSupportedException", "Nullable", "Object",
        "ObjectDisposedException", "OperationCanceledException", "Predicate", "Random", "Range", "ReadOnlyMemory",
        "ReadOnlySpan", "SByte", "Single", "Span", "String", "StringComparer", "StringComparison", "StringSplitOptions",
        "TimeOnly", "TimeSpan", "TimeZoneInfo", "Tuple", "Type", "UInt16", "UInt32", "UInt64", "UIntPtr", "Uri",
        "ValueTuple", "ValueType", "Version", "Void",
        // System.IO, System.Linq, System.Collections.Generic, System.Threading(.Tasks), System.Net.Http
        "BinaryReader", "BinaryWriter", "Directory", "DirectoryInfo", "File", "FileAccess", "FileInfo", "FileMode",
        "FileOptions", "FileShare", "FileStream", "IOException", "MemoryStream", "Path", "RandomAccess", "Stream",
        "StreamReader", "StreamWriter", "StringReader", "StringWriter", "TextReader", "TextWriter",
        "Enumerable", "Queryable", "Lookup", "Comparer", "Dictionary", "EqualityComparer", "HashSet", "KeyValuePair",
        "LinkedList", "List", "Queue", "SortedDictionary", "SortedList", "SortedSet", "Stack",
        "CancellationToken", "CancellationTokenSource", "Interlocked", "Monitor", "Parallel", "Task", "TaskFactory",
        "Thread", "ThreadPool", "Timeout", "Timer", "ValueTask", "Volatile", "HttpClient", "HttpMethod",
        // namespaces the generated and runtime code start names with
        "System", "Microsoft", "SmnpcRepro", "Runtime",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
