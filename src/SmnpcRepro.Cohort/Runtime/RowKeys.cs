using System.Numerics;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// The keys of a longitudinal or repeating export: record id + event + repeat instrument + repeat
/// instance, so that the same record on another event or instance is not a duplicate. Event and
/// instrument come as indexes of the reader's interned names; whole-number ids compare as numbers. The
/// usual key (a whole-number id, fewer than 4096 events, 256 instruments and 4096 instances) is packed in
/// one 64-bit number, looked up in a table sized for the file's rows; any other key takes a general table.
/// </summary>
internal sealed class RowKeys(int capacity)
{
    private readonly Dictionary<long, int> _packed = new(capacity);
    private readonly Dictionary<(string Id, int Event, int Instrument, int Instance), int> _general = [];

    /// <summary>True when the key was seen before, on line <paramref name="firstLine"/>; otherwise records it.</summary>
    public bool IsRepeat<T>(ReadOnlySpan<T> id, int eventIndex, int instrument, int instance, int line, out int firstLine)
        where T : unmanaged, IBinaryInteger<T>
    {
        // Indexes are -1 when absent: shifted by one so that 0 means "none".
        var e = eventIndex + 1;
        var r = instrument + 1;
        if (CellParser.TryParseInt(id, out var number) && (uint)e < 4096 && (uint)r < 256 && (uint)instance < 4096)
        {
            var key = ((long)number << 32) | ((long)e << 20) | ((long)r << 12) | (long)instance;
            return !Add(_packed, key, line, out firstLine);
        }

        return !Add(_general, (CodeUnits.ToString(id), eventIndex, instrument, instance), line, out firstLine);
    }

    private static bool Add<TKey>(Dictionary<TKey, int> keys, TKey key, int line, out int firstLine)
        where TKey : notnull
    {
        if (keys.TryAdd(key, line))
        {
            firstLine = 0;
            return true;
        }

        firstLine = keys[key];
        return false;
    }
}
