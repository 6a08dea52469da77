using System.Numerics;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// The keys of a longitudinal or repeating export: record id + event + repeat instrument + repeat
/// instance, so that the same record on another event or instance is not a duplicate. Event and
/// instrument come as indexes of the reader's interned names; whole-number ids compare as numbers.
/// </summary>
internal sealed class RowKeys
{
    private readonly Dictionary<(int Id, int Event, int Instrument, int Instance), int> _numbers = [];
    private readonly Dictionary<(string Id, int Event, int Instrument, int Instance), int> _texts = [];

    /// <summary>True when the key was seen before, on line <paramref name="firstLine"/>; otherwise records it.</summary>
    public bool IsRepeat<T>(ReadOnlySpan<T> id, int eventIndex, int instrument, int instance, int line, out int firstLine)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (CellParser.TryParseInt(id, out var number))
        {
            return !Add(_numbers, (number, eventIndex, instrument, instance), line, out firstLine);
        }

        return !Add(_texts, (CodeUnits.ToString(id), eventIndex, instrument, instance), line, out firstLine);
    }

    private static bool Add<TKey>(Dictionary<TKey, int> keys, TKey key, int line, out int firstLine)
        where TKey : notnull
    {
        if (keys.TryGetValue(key, out firstLine))
        {
            return false;
        }

        keys.Add(key, line);
        firstLine = 0;
        return true;
    }
}
