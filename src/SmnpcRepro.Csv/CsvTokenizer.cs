using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SmnpcRepro.Csv;

/// <summary>
/// The one CSV tokenizer of the repository: the generated cohort reader (<c>SmnpcRepro.Cohort</c>) and the
/// stats reader (<c>SmnpcRepro.Stats</c>, sequentially and per parallel chunk) both walk their text with it.
/// It walks CSV text one row at a time without a string per cell: each cell is kept as an offset and a
/// length into the text, and only cells holding an escaped quote (<c>""</c>) are copied, into one reused
/// buffer. Works on UTF-16 text (<see cref="char"/>) and on UTF-8 bytes (<see cref="byte"/>) alike.
/// RFC 4180: comma separator, double-quoted cells, LF or CRLF line ends, a BOM skipped at the start of a
/// file, blank lines skipped (and listed when the caller asks). Quoting errors are reported with line and
/// column (<see cref="Errors"/>), never guessed around.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/>.</typeparam>
public sealed class CsvTokenizer<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private static readonly T Comma = T.CreateTruncating(',');
    private static readonly T Quote = T.CreateTruncating('"');
    private static readonly T Lf = T.CreateTruncating('\n');
    private static readonly T Cr = T.CreateTruncating('\r');

    private readonly ReadOnlyMemory<T> _text;
    private readonly T[]? _array;
    private readonly string? _string;
    private readonly int _offset;
    private readonly List<CsvSyntaxError> _errors = [];
    private readonly List<int>? _blankLines;
    private int _pos;
    private int _line;
    private CellBounds[] _cells = new CellBounds[32];
    private T[] _scratch = new T[256];

    // The UTF-8 fast path's bitmaps of one 32-byte block of the text, kept across rows (a block holds
    // several short rows): bit k is set when byte _blockStart + k is a comma, a line feed, a quote.
    private int _blockStart = -64; // no block loaded yet
    private uint _blockCommas;
    private uint _blockLineFeeds;
    private uint _blockQuotes;

    private CsvTokenizer(ReadOnlyMemory<T> text, int firstLine, bool fileStart, List<int>? blankLines)
    {
        _text = text;
        if (MemoryMarshal.TryGetArray(text, out var segment))
        {
            _array = segment.Array;
            _offset = segment.Offset;
        }
        else if (typeof(T) == typeof(char) && MemoryMarshal.TryGetString(Unsafe.As<ReadOnlyMemory<T>, ReadOnlyMemory<char>>(ref text), out var s, out var start, out _))
        {
            _string = s;
            _offset = start;
        }

        _line = firstLine;
        _blankLines = blankLines;
        _pos = fileStart ? BomLength(text.Span) : 0;
    }

    /// <summary>A tokenizer over a whole file's text (a leading byte-order mark is skipped; the first line is line 1).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="blankLines">When given, receives the line number of every blank line skipped.</param>
    public static CsvTokenizer<T> ForFile(ReadOnlyMemory<T> text, List<int>? blankLines = null) => new(text, 1, fileStart: true, blankLines);

    /// <summary>
    /// A tokenizer over a part of a file that starts at the beginning of line <paramref name="firstLine"/>
    /// (a parallel reader's chunk, cut just after a line feed outside any quoted cell).
    /// </summary>
    public static CsvTokenizer<T> ForPart(ReadOnlyMemory<T> text, int firstLine, List<int>? blankLines = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        return new(text, firstLine, fileStart: false, blankLines);
    }

    /// <summary>The quoting errors met so far, in file order (a row with one has <see cref="RowIsMalformed"/> set).</summary>
    public IReadOnlyList<CsvSyntaxError> Errors => _errors;

    /// <summary>The offset in the text of the first code unit not yet read (after the current row's line end).</summary>
    public int Position => _pos;

    /// <summary>Cells in the current row.</summary>
    public int CellCount { get; private set; }

    /// <summary>The file line (1-based) the current row starts on.</summary>
    public int Line { get; private set; }

    /// <summary>Whether the current row broke a quoting rule (already reported).</summary>
    public bool RowIsMalformed { get; private set; }

    /// <summary>Moves to the next non-blank row; false at the end of the text.</summary>
    public bool Next()
    {
        var text = Text;
        while (_pos < text.Length && (text[_pos] == Lf || text[_pos] == Cr))
        {
            if (text[_pos] == Lf)
            {
                _blankLines?.Add(_line); // a row consumes its own line end, so a line feed here ends a blank line
                _line++;
            }

            _pos++;
        }

        if (_pos >= text.Length)
        {
            return false;
        }

        Line = _line;
        CellCount = 0;
        RowIsMalformed = false;
        if (typeof(T) == typeof(byte) && Vector256.IsHardwareAccelerated && TrySplitPlainBytes(text))
        {
            return true;
        }

        CellCount = 0;
        var rest = text.Slice(_pos);
        var end = rest.IndexOfAny(Lf, Quote);
        if (end < 0 || rest[end] == Lf)
        {
            SplitPlainRow(rest.Slice(0, end < 0 ? rest.Length : end));
        }
        else
        {
            SplitQuotedRow(text);
        }

        return true;
    }

    /// <summary>The content of cell <paramref name="index"/> of the current row, unquoted; valid until the next call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<T> Cell(int index)
    {
        if ((uint)index >= (uint)CellCount)
        {
            return ReadOnlySpan<T>.Empty; // a column the file does not have (a field absent from a subset export)
        }

        ref readonly var cell = ref _cells[index];
        var source = Slice(cell.Start, cell.Length);
        return cell.Escaped ? Unescape(source) : source;
    }

    private ReadOnlySpan<T> Unescape(ReadOnlySpan<T> source)
    {
        if (_scratch.Length < source.Length)
        {
            _scratch = new T[source.Length * 2];
        }

        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            _scratch[n++] = source[i];
            if (source[i] == Quote)
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, n);
    }

    /// <summary>A part of the text, straight from the array or string behind it (cheaper than <see cref="ReadOnlyMemory{T}.Span"/> per cell).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<T> Slice(int start, int length)
    {
        if (_array is not null)
        {
            // The tokenizer made start and length from the text's own bounds: no second range check per cell.
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_array), _offset + start), length);
        }

        if (_string is not null)
        {
            return MemoryMarshal.Cast<char, T>(_string.AsSpan(_offset + start, length));
        }

        return _text.Span.Slice(start, length);
    }

    /// <summary>The whole text, straight from the array or string behind it when there is one.</summary>
    private ReadOnlySpan<T> Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _array is not null ? new ReadOnlySpan<T>(_array, _offset, _text.Length)
            : _string is not null ? MemoryMarshal.Cast<char, T>(_string.AsSpan(_offset, _text.Length))
            : _text.Span;
    }

    /// <summary>
    /// Fastest path, for UTF-8: the row's commas and line feed are read off bitmaps of 32-byte blocks (one
    /// vector compare per block, kept for the next rows of the same block). False (nothing consumed) when
    /// the row holds a quote, which the general path then reads.
    /// </summary>
    private bool TrySplitPlainBytes(ReadOnlySpan<T> text)
    {
        var bytes = MemoryMarshal.Cast<T, byte>(text);
        var cellStart = _pos;
        var i = _pos;
        if (i - _blockStart is < 0 or >= 32)
        {
            if (!LoadBlock(bytes, i))
            {
                return TrySplitPlainTail(bytes, cellStart, i);
            }
        }

        while (true)
        {
            var shift = i - _blockStart;
            var lf = _blockLineFeeds >> shift;
            var before = lf == 0 ? uint.MaxValue : (lf & (0 - lf)) - 1; // bits before the first line feed
            if (((_blockQuotes >> shift) & before) != 0)
            {
                return false;
            }

            var comma = (_blockCommas >> shift) & before;
            while (comma != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(comma);
                Add(cellStart, at - cellStart, escaped: false);
                cellStart = at + 1;
                comma &= comma - 1;
            }

            if (lf != 0)
            {
                EndPlainRow(bytes, cellStart, i + BitOperations.TrailingZeroCount(lf));
                return true;
            }

            i = _blockStart + 32;
            if (!LoadBlock(bytes, i))
            {
                return TrySplitPlainTail(bytes, cellStart, i);
            }
        }
    }

    /// <summary>Bitmaps of the 32 bytes from <paramref name="start"/>; false when fewer than 32 are left.</summary>
    private bool LoadBlock(ReadOnlySpan<byte> bytes, int start)
    {
        if (start + Vector256<byte>.Count > bytes.Length)
        {
            return false;
        }

        var block = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(bytes), (nuint)start);
        _blockCommas = Vector256.Equals(block, Vector256.Create((byte)',')).ExtractMostSignificantBits();
        _blockLineFeeds = Vector256.Equals(block, Vector256.Create((byte)'\n')).ExtractMostSignificantBits();
        _blockQuotes = Vector256.Equals(block, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
        _blockStart = start;
        return true;
    }

    /// <summary>The last bytes of the text (fewer than a block), one at a time; false when the row holds a quote.</summary>
    private bool TrySplitPlainTail(ReadOnlySpan<byte> bytes, int cellStart, int i)
    {
        for (; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'"':
                    CellCount = 0;
                    return false;
                case (byte)',':
                    Add(cellStart, i - cellStart, escaped: false);
                    cellStart = i + 1;
                    break;
                case (byte)'\n':
                    EndPlainRow(bytes, cellStart, i);
                    return true;
            }
        }

        EndPlainRow(bytes, cellStart, bytes.Length);
        return true;
    }

    /// <summary>Adds the last cell of a plain row ending at <paramref name="end"/> (its LF, or the end of the text) and moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndPlainRow(ReadOnlySpan<byte> bytes, int cellStart, int end)
    {
        var cellEnd = end > cellStart && bytes[end - 1] == (byte)'\r' ? end - 1 : end;
        Add(cellStart, cellEnd - cellStart, escaped: false);
        _pos = end < bytes.Length ? end + 1 : end;
        _line++;
    }

    /// <summary>Fast path: a row without any quote, up to (not including) its LF.</summary>
    private void SplitPlainRow(ReadOnlySpan<T> row)
    {
        var rowStart = _pos;
        _pos += row.Length < _text.Length - _pos ? row.Length + 1 : row.Length;
        _line++;
        var length = row.Length;
        if (length > 0 && row[length - 1] == Cr)
        {
            length--;
        }

        var cellStart = 0;
        var i = 0;
        for (; i < length; i++)
        {
            if (row[i] == Comma)
            {
                Add(rowStart + cellStart, i - cellStart, escaped: false);
                cellStart = i + 1;
            }
        }

        Add(rowStart + cellStart, length - cellStart, escaped: false);
    }

    /// <summary>General path: a row with at least one quote, which may span lines.</summary>
    private void SplitQuotedRow(ReadOnlySpan<T> text)
    {
        while (true)
        {
            var column = CellCount + 1;
            if (_pos < text.Length && text[_pos] == Quote)
            {
                var contentStart = ++_pos;
                var escaped = false;
                var closed = false;
                while (_pos < text.Length)
                {
                    var c = text[_pos];
                    if (c == Quote)
                    {
                        if (_pos + 1 < text.Length && text[_pos + 1] == Quote)
                        {
                            escaped = true;
                            _pos += 2;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == Lf)
                    {
                        _line++;
                    }

                    _pos++;
                }

                Add(contentStart, _pos - contentStart, escaped);
                if (!closed)
                {
                    Fail(Line, column, "a quoted cell is never closed (missing '\"')");
                    return;
                }

                _pos++;
                if (_pos < text.Length && text[_pos] != Comma && text[_pos] != Lf && text[_pos] != Cr)
                {
                    Fail(_line, column, "text after the closing quote of a quoted cell (quote the whole cell, doubling inner quotes)");
                    while (_pos < text.Length && text[_pos] != Comma && text[_pos] != Lf && text[_pos] != Cr)
                    {
                        _pos++;
                    }
                }
            }
            else
            {
                var start = _pos;
                while (_pos < text.Length && text[_pos] != Comma && text[_pos] != Lf && text[_pos] != Cr)
                {
                    _pos++;
                }

                Add(start, _pos - start, escaped: false);
            }

            if (_pos >= text.Length)
            {
                return;
            }

            if (text[_pos] == Comma)
            {
                _pos++;
                continue;
            }

            if (text[_pos] == Cr)
            {
                _pos++;
            }

            if (_pos < text.Length && text[_pos] == Lf)
            {
                _pos++;
            }

            _line++;
            return;
        }
    }

    // Called once per cell: inlined into the row splitters, with the rare growth out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int length, bool escaped)
    {
        var i = CellCount;
        if (i == _cells.Length)
        {
            GrowCells();
        }

        _cells[i] = new CellBounds(start, length, escaped);
        CellCount = i + 1;
    }

    private void GrowCells() => Array.Resize(ref _cells, _cells.Length * 2);

    private void Fail(int line, int column, string rule)
    {
        RowIsMalformed = true;
        _errors.Add(new CsvSyntaxError(line, column, rule));
    }

    /// <summary>Code units of a leading byte-order mark (1 char, or 3 UTF-8 bytes), or 0.</summary>
    private static int BomLength(ReadOnlySpan<T> text)
    {
        if (typeof(T) == typeof(char))
        {
            return MemoryMarshal.Cast<T, char>(text) is ['\uFEFF', ..] ? 1 : 0;
        }

        return MemoryMarshal.Cast<T, byte>(text).StartsWith("\uFEFF"u8) ? 3 : 0;
    }
}

/// <summary>Where a cell's content is in the text, and whether it holds escaped quotes.</summary>
internal readonly record struct CellBounds(int Start, int Length, bool Escaped);
