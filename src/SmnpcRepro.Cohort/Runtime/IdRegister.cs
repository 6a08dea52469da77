using System.Numerics;
using System.Runtime.InteropServices;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Remembers the line of each record id seen, to report a repeated id with the line it was first
/// used on. Whole-number ids are compared as numbers (<c>7</c> and <c>007</c> are the same record);
/// other ids as text, looked up from the cell without a string unless the id is new.
/// </summary>
internal sealed class IdRegister
{
    private readonly Dictionary<int, int>? _numbers;
    private readonly int _denseLimit;
    private int[] _lineOfId = [];
    private readonly Dictionary<string, int> _texts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _textLookup;

    public IdRegister(bool numeric, int capacity)
    {
        _numbers = numeric ? [] : null;
        _denseLimit = (int)Math.Min(int.MaxValue, (4L * capacity) + 1024); // ids 0.._denseLimit are looked up in an array: the usual 1..n
        _texts = new Dictionary<string, int>(numeric ? 0 : capacity, StringComparer.Ordinal);
        _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="id"/> was seen before, on line <paramref name="firstLine"/>; otherwise records it.</summary>
    public bool IsRepeat<T>(ReadOnlySpan<T> id, int line, out int firstLine)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (_numbers is not null && CellParser.TryParseInt(id, out var number))
        {
            if (number >= 0 && number < _denseLimit)
            {
                if (number >= _lineOfId.Length)
                {
                    Array.Resize(ref _lineOfId, Math.Min(_denseLimit, Math.Max(number + 1, _lineOfId.Length * 2)));
                }

                firstLine = _lineOfId[number];
                if (firstLine > 0)
                {
                    return true;
                }

                _lineOfId[number] = line;
                return false;
            }

            if (_numbers.TryAdd(number, line))
            {
                firstLine = 0;
                return false;
            }

            firstLine = _numbers[number];
            return true;
        }

        if (typeof(T) != typeof(char))
        {
            var text = CodeUnits.ToString(id);
            if (_texts.TryGetValue(text, out firstLine))
            {
                return true;
            }

            _texts[text] = line;
            return false;
        }

        var chars = MemoryMarshal.Cast<T, char>(id);
        if (_textLookup.TryGetValue(chars, out firstLine))
        {
            return true;
        }

        _textLookup[chars] = line;
        return false;
    }
}
