using System.Numerics;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// The keys of a longitudinal or repeating export: record id + event + repeat instrument + repeat
/// instance, so that the same record on another event or instance is not a duplicate. Event and
/// instrument come as indexes of the reader's interned names; whole-number ids compare as numbers. The
/// usual key (a whole-number id, fewer than 4096 events, 256 instruments and 4096 instances) is the id and
/// the rest packed in 32 bits: for the usual ids 0…4n (n the file's rows) the rest is looked up in a short
/// chain per id (an export holds a record's rows a few at a time), with no hashing; other whole-number ids
/// take a table of packed 64-bit keys, and any other key a general table.
/// </summary>
internal sealed class RowKeys(int capacity)
{
    private readonly int _denseLimit = (int)Math.Min(int.MaxValue, (4L * capacity) + 1024);
    private readonly Dictionary<long, int> _packed = [];
    private readonly Dictionary<(string Id, int Event, int Instrument, int Instance), int> _general = [];
    private int[] _head = []; // per id: 1 + the index of its latest entry, or 0
    private Entry[] _entries = new Entry[Math.Max(16, capacity)];
    private int _count;

    /// <summary>True when the key was seen before, on line <paramref name="firstLine"/>; otherwise records it.</summary>
    public bool IsRepeat<T>(ReadOnlySpan<T> id, int eventIndex, int instrument, int instance, int line, out int firstLine)
        where T : unmanaged, IBinaryInteger<T>
    {
        // Indexes are -1 when absent: shifted by one so that 0 means "none".
        var e = eventIndex + 1;
        var r = instrument + 1;
        if (CellParser.TryParseInt(id, out var number) && (uint)e < 4096 && (uint)r < 256 && (uint)instance < 4096)
        {
            var rest = ((uint)e << 20) | ((uint)r << 12) | (uint)instance;
            if (number >= 0 && number < _denseLimit)
            {
                return IsRepeatDense(number, rest, line, out firstLine);
            }

            return !Add(_packed, ((long)number << 32) | rest, line, out firstLine);
        }

        return !Add(_general, (CodeUnits.ToString(id), eventIndex, instrument, instance), line, out firstLine);
    }

    private bool IsRepeatDense(int number, uint rest, int line, out int firstLine)
    {
        if (number >= _head.Length)
        {
            Array.Resize(ref _head, Math.Min(_denseLimit, Math.Max(number + 1, _head.Length * 2)));
        }

        for (var k = _head[number] - 1; k >= 0; k = _entries[k].Previous)
        {
            if (_entries[k].Rest == rest)
            {
                firstLine = _entries[k].Line;
                return true;
            }
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        _entries[_count] = new Entry(rest, line, _head[number] - 1);
        _head[number] = ++_count;
        firstLine = 0;
        return false;
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

    /// <summary>One key of an id: the packed event, instrument and instance, its line, and the id's previous entry (−1 for none).</summary>
    private readonly record struct Entry(uint Rest, int Line, int Previous);
}
