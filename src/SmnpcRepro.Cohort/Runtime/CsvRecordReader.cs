using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>Creates the reader for UTF-16 text or for UTF-8 bytes (a file read without decoding it first).</summary>
public static class CsvRecordReader
{
    /// <summary>A reader over <paramref name="text"/>.</summary>
    public static CsvRecordReader<char> ForText(string text, string file, IReadOnlyList<FieldDescription> fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvRecordReader<char>(text.AsMemory(), file, fields);
    }

    /// <summary>A reader over UTF-8 bytes, as a file holds them.</summary>
    public static CsvRecordReader<byte> ForUtf8(ReadOnlyMemory<byte> utf8, string file, IReadOnlyList<FieldDescription> fields) =>
        new(utf8, file, fields);
}

/// <summary>
/// The checks every generated reader shares, in one pass over the text: the header against the
/// dictionary, each row's width, the record id (the dictionary's first field, as in REDCap) unique, then
/// each cell against its field's rules (type, choices, min/max, required). Cells are parsed straight from
/// the text (no string per cell). Errors are collected, never thrown one at a time;
/// <see cref="Finish{TRecord}"/> throws them all at once or returns the whole cohort.
/// </summary>
/// <example>
/// A generated reader calls <see cref="NextRow"/>, then one typed method per field, and builds the
/// record only while <see cref="ErrorCount"/> is 0.
/// </example>
/// <typeparam name="T"><see cref="char"/> for text, <see cref="byte"/> for UTF-8.</typeparam>
public sealed class CsvRecordReader<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private const string WholeNumberRule = "must be a whole number (digits only, e.g. 42)";
    private const string NumberRule = "must be a number with '.' as the decimal point (e.g. 12.5)";
    private const string DateRule = "must be a date written yyyy-MM-dd (e.g. 2017-12-31)";

    private readonly string _file;
    private readonly IReadOnlyList<FieldDescription> _fields;
    private readonly CsvCursor<T> _cursor;
    private readonly List<DataError> _errors = [];
    private readonly int[] _column;
    private readonly Bounds[] _bounds;
    private readonly bool[] _required;
    private readonly DateOnly[] _minDate;
    private readonly DateOnly[] _maxDate;
    private readonly int[][] _codes;
    private readonly T[][][] _labels;
    private readonly int[] _missing;
    private readonly int _width;
    private readonly IdRegister? _ids;

    /// <summary>Reads and checks the header of <paramref name="text"/> against <paramref name="fields"/>.</summary>
    public CsvRecordReader(ReadOnlyMemory<T> text, string file, IReadOnlyList<FieldDescription> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _file = file;
        _fields = fields;
        var n = fields.Count;
        _required = new bool[n];
        _bounds = new Bounds[n];
        _minDate = new DateOnly[n];
        _maxDate = new DateOnly[n];
        _codes = new int[n][];
        _labels = new T[n][][];
        _missing = new int[n];
        for (var f = 0; f < n; f++)
        {
            var d = fields[f];
            _required[f] = d.Required;
            _minDate[f] = d.MinDate ?? DateOnly.MinValue;
            _maxDate[f] = d.MaxDate ?? DateOnly.MaxValue;
            _codes[f] = d.Levels.Select(l => l.Code).ToArray();
            _labels[f] = d.Levels.Select(l => CodeUnits.Encode<T>(l.Label)).ToArray();
        }

        EstimatedRowCount = text.Span.Count(T.CreateTruncating('\n'));
        _cursor = new CsvCursor<T>(text, file, _errors);
        var header = Array.Empty<string>();
        if (_cursor.Next())
        {
            header = new string[_cursor.CellCount];
            for (var c = 0; c < header.Length; c++)
            {
                header[c] = CodeUnits.ToString(_cursor.Cell(c));
            }
        }

        _width = header.Length;
        _column = CsvHeader.Map(header, fields, file, _errors);
        for (var f = 0; f < n; f++)
        {
            var mask = 0UL;
            foreach (var code in _codes[f])
            {
                mask |= code is >= 0 and < 64 ? 1UL << code : 0;
            }

            _bounds[f] = new Bounds(_column[f], fields[f].Min ?? double.NegativeInfinity, fields[f].Max ?? double.PositiveInfinity, mask);
        }
        HeaderIsValid = _errors.Count == 0;
        if (HeaderIsValid && n > 0)
        {
            _ids = new IdRegister(fields[0].Kind == FieldKind.Integer, EstimatedRowCount);
        }
    }

    /// <summary>False when the header is wrong; the rows are then not read at all.</summary>
    public bool HeaderIsValid { get; }

    /// <summary>Errors found so far; a generated reader builds records only while it is 0.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>An upper bound of the number of data rows (line breaks in the text), to size lists.</summary>
    public int EstimatedRowCount { get; }

    /// <summary>The file line (1-based) the current row starts on.</summary>
    public int Line => _cursor.Line;

    /// <summary>
    /// Moves to the next data row whose cells can be read: rows with a quoting error or the wrong number
    /// of cells are reported and skipped, and so is everything when the header is wrong.
    /// </summary>
    public bool NextRow()
    {
        if (!HeaderIsValid)
        {
            return false;
        }

        while (_cursor.Next())
        {
            if (_cursor.RowIsMalformed)
            {
                continue;
            }

            if (_cursor.CellCount != _width)
            {
                _errors.Add(new DataError(_file, _cursor.Line, 0, string.Empty, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {_cursor.CellCount} cells but the header has {_width}")));
                continue;
            }

            CheckId();
            return true;
        }

        return false;
    }

    /// <summary>An integer cell, or null when empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? Integer(int field)
    {
        ref readonly var bounds = ref _bounds[field];
        var cell = _cursor.Cell(bounds.Column);
        return !cell.IsEmpty && CellParser.TryParseInt(cell, out var value) && value >= bounds.Min && value <= bounds.Max
            ? value
            : CheckInteger(field, cell);
    }

    /// <summary>A number cell (invariant culture, '.' as decimal point), or null when empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double? Number(int field)
    {
        ref readonly var bounds = ref _bounds[field];
        var cell = _cursor.Cell(bounds.Column);
        return !cell.IsEmpty && CellParser.TryParseDouble(cell, out var value) && value >= bounds.Min && value <= bounds.Max
            ? value
            : CheckNumber(field, cell);
    }

    /// <summary>The slow path of <see cref="Integer"/>: missing, or which rule the cell breaks.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int? CheckInteger(int field, ReadOnlySpan<T> cell)
    {
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        if (!CellParser.TryParseInt(cell, out var value))
        {
            Fail(field, cell, WholeNumberRule);
            return null;
        }

        return InRange(field, cell, value) ? value : null;
    }

    /// <summary>The slow path of <see cref="Number"/>: missing, or which rule the cell breaks.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double? CheckNumber(int field, ReadOnlySpan<T> cell)
    {
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        if (!CellParser.TryParseDouble(cell, out var value))
        {
            Fail(field, cell, NumberRule);
            return null;
        }

        return InRange(field, cell, value) ? value : null;
    }

    /// <summary>A date cell in REDCap's <c>date_ymd</c> form (yyyy-MM-dd), or null when empty.</summary>
    public DateOnly? Date(int field)
    {
        var cell = Cell(field);
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        if (!CellParser.TryParseDate(cell, out var value))
        {
            Fail(field, cell, DateRule);
            return null;
        }

        if (value < _minDate[field])
        {
            Fail(field, cell, "is before the field's minimum " + _minDate[field].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return null;
        }

        if (value > _maxDate[field])
        {
            Fail(field, cell, "is after the field's maximum " + _maxDate[field].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return null;
        }

        return value;
    }

    /// <summary>
    /// A categorical cell as its code. Accepts REDCap's raw export (the code) and its label export
    /// (the label, exactly as the dictionary writes it); a code wins over a label that looks like one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? Choice(int field)
    {
        ref readonly var bounds = ref _bounds[field];
        var cell = _cursor.Cell(bounds.Column);
        return !cell.IsEmpty && CellParser.TryParseInt(cell, out var code) && (uint)code < 64 && ((bounds.Codes >> code) & 1) != 0
            ? code
            : CheckChoice(field, cell);
    }

    /// <summary>The slow path of <see cref="Choice"/>: missing, a label, or not a choice.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int? CheckChoice(int field, ReadOnlySpan<T> cell)
    {
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        var codes = _codes[field];
        if (CellParser.TryParseInt(cell, out var code) && Array.IndexOf(codes, code) >= 0)
        {
            return code; // a code outside 0-63
        }

        var labels = _labels[field];
        for (var i = 0; i < labels.Length; i++)
        {
            if (cell.SequenceEqual(labels[i]))
            {
                return codes[i];
            }
        }

        var allowed = string.Join(", ", _fields[field].Levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Code} ({l.Label})")));
        Fail(field, cell, $"is not one of the field's choices: {allowed}");
        return null;
    }

    /// <summary>A yes/no or true/false cell: 1 or 0, or the label (Yes/No, True/False).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool? Boolean(int field)
    {
        var code = Choice(field);
        return code is null ? null : code.GetValueOrDefault() == 1;
    }

    /// <summary>A free-text cell, or null when empty.</summary>
    public string? Text(int field)
    {
        var cell = Cell(field);
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        return CodeUnits.ToString(cell);
    }

    /// <summary>
    /// Returns every record read, or throws <see cref="CohortDataException"/> with every error found.
    /// </summary>
    public CohortDataSet<TRecord> Finish<TRecord>(IReadOnlyList<TRecord> records)
    {
        if (_errors.Count > 0)
        {
            throw new CohortDataException(_errors);
        }

        var missing = new FieldMissingness[_fields.Count];
        for (var i = 0; i < _fields.Count; i++)
        {
            missing[i] = new FieldMissingness(_fields[i].Name, _missing[i]);
        }

        return new CohortDataSet<TRecord>(_file, records, missing);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<T> Cell(int field) => _cursor.Cell(_column[field]);

    private void Missing(int field)
    {
        if (_required[field])
        {
            Fail(field, ReadOnlySpan<T>.Empty, "is required but empty");
        }
        else
        {
            _missing[field]++;
        }
    }

    private bool InRange(int field, ReadOnlySpan<T> cell, double value)
    {
        var bounds = _bounds[field];
        if (value < bounds.Min)
        {
            Fail(field, cell, string.Create(CultureInfo.InvariantCulture, $"is below the field's minimum {bounds.Min}"));
            return false;
        }

        if (value > bounds.Max)
        {
            Fail(field, cell, string.Create(CultureInfo.InvariantCulture, $"is above the field's maximum {bounds.Max}"));
            return false;
        }

        return true;
    }

    private void Fail(int field, ReadOnlySpan<T> cell, string rule) =>
        _errors.Add(new DataError(_file, _cursor.Line, _column[field] + 1, _fields[field].Name, CodeUnits.ToString(cell), rule));

    private void CheckId()
    {
        var column = _column[0];
        var cell = _cursor.Cell(column);
        if (!cell.IsEmpty && _ids!.IsRepeat(cell, _cursor.Line, out var first))
        {
            _errors.Add(new DataError(_file, _cursor.Line, column + 1, _fields[0].Name, CodeUnits.ToString(cell),
                string.Create(CultureInfo.InvariantCulture, $"duplicate record id (first used on line {first})")));
        }
    }
}

/// <summary>
/// A field's column, numeric bounds and choice codes 0–63 as a bit set, together, so that reading a
/// cell touches one array element; other codes and labels take the slow path.
/// </summary>
internal readonly record struct Bounds(int Column, double Min, double Max, ulong Codes);
