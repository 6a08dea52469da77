namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Walks CSV text one row at a time without a string per cell: each cell is kept as an offset and a
/// length into the text, and only cells holding an escaped quote (<c>""</c>) are copied, into one reused
/// buffer. RFC 4180: comma separator, double-quoted cells, LF or CRLF line ends, a UTF-8 BOM skipped,
/// blank lines skipped. Quoting errors are reported with line and column, never guessed around.
/// </summary>
internal sealed class CsvCursor
{
    private readonly string _text;
    private readonly string _file;
    private readonly List<DataError> _errors;
    private int _pos;
    private int _line = 1;
    private int[] _start = new int[32];
    private int[] _length = new int[32];
    private bool[] _escaped = new bool[32];
    private char[] _scratch = new char[256];

    public CsvCursor(string text, string file, List<DataError> errors)
    {
        _text = text;
        _file = file;
        _errors = errors;
        _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Cells in the current row.</summary>
    public int CellCount { get; private set; }

    /// <summary>The file line (1-based) the current row starts on.</summary>
    public int Line { get; private set; }

    /// <summary>Whether the current row broke a quoting rule (already reported).</summary>
    public bool RowIsMalformed { get; private set; }

    /// <summary>Moves to the next non-blank row; false at the end of the text.</summary>
    public bool Next()
    {
        var text = _text;
        while (_pos < text.Length && (text[_pos] == '\n' || text[_pos] == '\r'))
        {
            if (text[_pos] == '\n')
            {
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
        var rest = text.AsSpan(_pos);
        var end = rest.IndexOfAny('\n', '"');
        if (end < 0 || rest[end] == '\n')
        {
            SplitPlainRow(end < 0 ? rest.Length : end);
        }
        else
        {
            SplitQuotedRow();
        }

        return true;
    }

    /// <summary>The text of cell <paramref name="index"/> of the current row, unquoted; valid until the next call.</summary>
    public ReadOnlySpan<char> Cell(int index)
    {
        if (!_escaped[index])
        {
            return _text.AsSpan(_start[index], _length[index]);
        }

        var source = _text.AsSpan(_start[index], _length[index]);
        if (_scratch.Length < source.Length)
        {
            _scratch = new char[source.Length * 2];
        }

        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            _scratch[n++] = source[i];
            if (source[i] == '"')
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, n);
    }

    /// <summary>Fast path: a row without any quote, <paramref name="length"/> characters up to its LF.</summary>
    private void SplitPlainRow(int length)
    {
        var rowStart = _pos;
        var rowEnd = rowStart + length;
        _pos = rowEnd < _text.Length ? rowEnd + 1 : rowEnd;
        _line++;
        if (rowEnd > rowStart && _text[rowEnd - 1] == '\r')
        {
            rowEnd--;
        }

        var cellStart = rowStart;
        var row = _text.AsSpan(rowStart, rowEnd - rowStart);
        var offset = 0;
        while (true)
        {
            var comma = row.Slice(offset).IndexOf(',');
            if (comma < 0)
            {
                Add(cellStart, rowEnd - cellStart, escaped: false);
                return;
            }

            Add(cellStart, comma, escaped: false);
            offset += comma + 1;
            cellStart = rowStart + offset;
        }
    }

    /// <summary>General path: a row with at least one quote, which may span lines.</summary>
    private void SplitQuotedRow()
    {
        var text = _text;
        while (true)
        {
            var column = CellCount + 1;
            if (_pos < text.Length && text[_pos] == '"')
            {
                var contentStart = ++_pos;
                var escaped = false;
                var closed = false;
                while (_pos < text.Length)
                {
                    var c = text[_pos];
                    if (c == '"')
                    {
                        if (_pos + 1 < text.Length && text[_pos + 1] == '"')
                        {
                            escaped = true;
                            _pos += 2;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        _line++;
                    }

                    _pos++;
                }

                if (!closed)
                {
                    Fail(Line, column, "a quoted cell is never closed (missing '\"')");
                    Add(contentStart, _pos - contentStart, escaped);
                    return;
                }

                Add(contentStart, _pos - contentStart, escaped);
                _pos++;
                if (_pos < text.Length && text[_pos] != ',' && text[_pos] != '\n' && text[_pos] != '\r')
                {
                    Fail(_line, column, "text after the closing quote of a quoted cell (quote the whole cell, doubling inner quotes)");
                    while (_pos < text.Length && text[_pos] != ',' && text[_pos] != '\n' && text[_pos] != '\r')
                    {
                        _pos++;
                    }
                }
            }
            else
            {
                var start = _pos;
                while (_pos < text.Length && text[_pos] != ',' && text[_pos] != '\n' && text[_pos] != '\r')
                {
                    _pos++;
                }

                Add(start, _pos - start, escaped: false);
            }

            if (_pos >= text.Length)
            {
                return;
            }

            if (text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (text[_pos] == '\r')
            {
                _pos++;
            }

            if (_pos < text.Length && text[_pos] == '\n')
            {
                _pos++;
            }

            _line++;
            return;
        }
    }

    private void Add(int start, int length, bool escaped)
    {
        var i = CellCount;
        if (i == _start.Length)
        {
            Array.Resize(ref _start, i * 2);
            Array.Resize(ref _length, i * 2);
            Array.Resize(ref _escaped, i * 2);
        }

        _start[i] = start;
        _length[i] = length;
        _escaped[i] = escaped;
        CellCount = i + 1;
    }

    private void Fail(int line, int column, string rule)
    {
        RowIsMalformed = true;
        _errors.Add(new DataError(_file, line, column, string.Empty, string.Empty, rule));
    }
}
