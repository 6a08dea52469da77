using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>Creates the reader for UTF-16 text or for UTF-8 bytes (a file read without decoding it first).</summary>
public static class CsvRecordReader
{
    /// <summary>A reader over <paramref name="text"/>.</summary>
    public static CsvRecordReader<char> ForText(string text, string file, IReadOnlyList<FieldDescription> fields) =>
        ForText(text, file, fields, strict: true);

    /// <summary>A reader over <paramref name="text"/>; <paramref name="strict"/> as in <see cref="CsvRecordReader{T}(ReadOnlyMemory{T}, string, IReadOnlyList{FieldDescription}, bool)"/>.</summary>
    public static CsvRecordReader<char> ForText(string text, string file, IReadOnlyList<FieldDescription> fields, bool strict)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvRecordReader<char>(text.AsMemory(), file, fields, strict);
    }

    /// <summary>A reader over UTF-8 bytes, as a file holds them.</summary>
    public static CsvRecordReader<byte> ForUtf8(ReadOnlyMemory<byte> utf8, string file, IReadOnlyList<FieldDescription> fields) =>
        new(utf8, file, fields, strict: true);

    /// <summary>A reader over UTF-8 bytes; <paramref name="strict"/> as in <see cref="CsvRecordReader{T}(ReadOnlyMemory{T}, string, IReadOnlyList{FieldDescription}, bool)"/>.</summary>
    public static CsvRecordReader<byte> ForUtf8(ReadOnlyMemory<byte> utf8, string file, IReadOnlyList<FieldDescription> fields, bool strict) =>
        new(utf8, file, fields, strict);
}

/// <summary>
/// The checks every generated reader shares, in one pass over the text: the header against the
/// dictionary, each row's width, the row's key unique (the record id — the dictionary's first field, as in
/// REDCap — with, for a keyed reader, the event, repeat instrument and repeat instance), then each cell
/// against its field's rules (type, choices, min/max, required). Cells are parsed straight from the text
/// (no string per cell). What REDCap itself refuses (a non-number in a number field, an unknown choice, a
/// malformed date) is an error; REDCap's soft checks (min/max, required) are warnings counted per field,
/// unless the reader is strict. Errors are collected, never thrown one at a time;
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
    private const string CommaNumberRule = "must be a number with ',' or '.' as the decimal point (e.g. 12,5)";
    private const string DateTimeRule = "must be a date and time written yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss (e.g. 2017-12-31 23:59)";
    private const string TimeRule = "must be a time written HH:mm or HH:mm:ss (e.g. 23:59)";
    private const string CheckboxRule = "must be 1 or 0, Checked or Unchecked, or the choice's label";

    private readonly string _file;
    private readonly IReadOnlyList<FieldDescription> _fields;
    private readonly CsvTokenizer<T> _cursor;
    private readonly List<DataError> _errors = [];
    private int _syntaxErrorsTaken;
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
    private readonly bool _strict;
    private readonly HeaderMap _map;
    private readonly bool[] _textCodes;
    private readonly bool[] _commaDecimal;
    private readonly int[] _places;
    private readonly string[] _placesRule;
    private readonly T[][][] _exportCodes;
    private readonly T[][][] _boxLabels;
    private readonly SoftChecks _soft;
    private readonly List<string> _events = [];
    private readonly List<T[]> _eventCodes = [];
    private readonly List<int?> _arms = [];
    private readonly List<string> _instruments = [];
    private readonly List<T[]> _instrumentCodes = [];
    private RowKeys? _keys;
    private int _eventIndex = -1;
    private int _instrumentIndex = -1;

    /// <summary>Reads and checks the header of <paramref name="text"/> against <paramref name="fields"/>, strictly.</summary>
    public CsvRecordReader(ReadOnlyMemory<T> text, string file, IReadOnlyList<FieldDescription> fields)
        : this(text, file, fields, strict: true)
    {
    }

    /// <summary>
    /// Reads and checks the header of <paramref name="text"/> against <paramref name="fields"/>. A strict
    /// reader (a study's own rules) makes required-but-empty, out-of-range and absent required columns errors (an optional column may always be absent: its values are missing) and
    /// reads one row per record (REDCap's event and repeat columns skipped); otherwise, as REDCap does, those
    /// are warnings and missing values, and each row is keyed by record id, event and repeat instance.
    /// </summary>
    public CsvRecordReader(ReadOnlyMemory<T> text, string file, IReadOnlyList<FieldDescription> fields, bool strict)
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
        _strict = strict;
        _textCodes = new bool[n];
        _commaDecimal = new bool[n];
        _places = new int[n];
        _placesRule = new string[n];
        _exportCodes = new T[n][][];
        _boxLabels = new T[n][][];
        _soft = new SoftChecks(n);
        for (var f = 0; f < n; f++)
        {
            var d = fields[f];
            _required[f] = d.Required;
            _textCodes[f] = d.Levels.Any(l => l.ExportCode != l.Code.ToString(CultureInfo.InvariantCulture));
            _commaDecimal[f] = d.Validation.EndsWith("comma_decimal", StringComparison.Ordinal);
            _places[f] = d.Kind == FieldKind.Number ? DecimalPlaces.Of(d.Validation) : 0;
            _placesRule[f] = _places[f] > 0 ? DecimalPlaces.Rule(d.Validation, _places[f], _commaDecimal[f]) : string.Empty;
            _exportCodes[f] = d.Levels.Select(l => CodeUnits.Encode<T>(l.ExportCode)).ToArray();
            _boxLabels[f] = d.Kind == FieldKind.Checkbox ? [CodeUnits.Encode<T>("Checked"), CodeUnits.Encode<T>("Unchecked")] : [];
            _minDate[f] = d.MinDate ?? DateOnly.MinValue;
            _maxDate[f] = d.MaxDate ?? DateOnly.MaxValue;
            _codes[f] = d.Levels.Select(l => l.Code).ToArray();
            _labels[f] = d.Levels.Select(l => CodeUnits.Encode<T>(l.Label)).ToArray();
        }

        EstimatedRowCount = text.Span.Count(T.CreateTruncating('\n'));
        _cursor = CsvTokenizer<T>.ForFile(text);
        var header = Array.Empty<string>();
        if (NextTokenizedRow())
        {
            header = new string[_cursor.CellCount];
            for (var c = 0; c < header.Length; c++)
            {
                header[c] = CodeUnits.ToString(_cursor.Cell(c));
            }
        }

        _width = header.Length;
        _map = CsvHeader.Map(header, fields, file, _errors, strict);
        _column = _map.Columns;
        for (var f = 0; f < n; f++)
        {
            var mask = 0UL;
            foreach (var code in _textCodes[f] ? [] : _codes[f])
            {
                mask |= code is >= 0 and < 64 ? 1UL << code : 0;
            }

            _bounds[f] = new Bounds(_column[f], fields[f].Min ?? double.NegativeInfinity, fields[f].Max ?? double.PositiveInfinity, mask);
        }
        HeaderIsValid = _errors.Count == 0;
        Keyed = _map.Event >= 0 || _map.RepeatInstrument >= 0 || _map.RepeatInstance >= 0;
        if (HeaderIsValid && n > 0 && !Keyed)
        {
            _ids = new IdRegister(fields[0].Kind == FieldKind.Integer, EstimatedRowCount);
        }

        _keys = Keyed && HeaderIsValid ? new RowKeys(EstimatedRowCount) : null;
    }

    /// <summary>Whether rows are keyed by event and repeat instance as well as record id (a longitudinal or repeating export read by a non-strict reader).</summary>
    public bool Keyed { get; }

    /// <summary>The current row's event (<c>redcap_event_name</c>), or null.</summary>
    public string? EventName { get; private set; }

    /// <summary>The current row's arm, from the event's <c>_arm_N</c> suffix, or null.</summary>
    public int? Arm { get; private set; }

    /// <summary>The current row's repeating instrument, or null.</summary>
    public string? RepeatInstrument { get; private set; }

    /// <summary>The current row's repeat instance, or null.</summary>
    public int? RepeatInstance { get; private set; }

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

        while (NextTokenizedRow())
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

            if (Keyed)
            {
                ReadKey();
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
        return !cell.IsEmpty && _places[field] == 0 && CellParser.TryParseDouble(cell, out var value) && value >= bounds.Min && value <= bounds.Max
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

        if (!CellParser.TryParseInt(cell, out var value) && !(!_strict && CellParser.TryParseInt(Trim(cell), out value)))
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

        if (!_strict)
        {
            cell = Trim(cell); // REDCap trims a value's surrounding spaces on import (' -100')
        }

        if (!CellParser.TryParseDouble(cell, out var value) && !(_commaDecimal[field] && CellParser.TryParseCommaDouble(cell, out value)))
        {
            Fail(field, cell, _commaDecimal[field] ? CommaNumberRule : NumberRule);
            return null;
        }

        if (_places[field] > 0 && !DecimalPlaces.Match(cell, _places[field], _commaDecimal[field]))
        {
            Fail(field, cell, _placesRule[field]);
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

        if (value < _minDate[field] && !Soft(field, cell, "is before the field's minimum " + _minDate[field].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            return null;
        }

        if (value > _maxDate[field] && !Soft(field, cell, "is after the field's maximum " + _maxDate[field].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            return null;
        }

        return value;
    }

    /// <summary>A datetime cell as REDCap exports every <c>datetime_*</c> validation (yyyy-MM-dd HH:mm[:ss]), or null when empty.</summary>
    public DateTime? DateTime(int field)
    {
        var cell = Cell(field);
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        if (!CellParser.TryParseDateTime(cell, out var value))
        {
            Fail(field, cell, DateTimeRule);
            return null;
        }

        return value;
    }

    /// <summary>A time cell: HH:mm (<c>time</c>), HH:mm:ss (<c>time_hh_mm_ss</c>) or mm:ss (<c>time_mm_ss</c>), or null when empty.</summary>
    public TimeOnly? Time(int field)
    {
        var cell = Cell(field);
        if (cell.IsEmpty)
        {
            Missing(field);
            return null;
        }

        if (!CellParser.TryParseTime(cell, _fields[field].Validation == "time_mm_ss", out var value))
        {
            Fail(field, cell, TimeRule);
            return null;
        }

        return value;
    }

    /// <summary>
    /// A checkbox as the set of its checked choices (bit i = the i-th choice), from its <c>name___code</c>
    /// columns: 1/0 (raw export), Checked/Unchecked or the choice's label/empty (label exports). Null when
    /// every column is empty or absent.
    /// </summary>
    public long? Checkbox(int field)
    {
        var boxes = _map.Boxes[field];
        var labels = _labels[field];
        var bits = 0L;
        var any = false;
        for (var i = 0; i < boxes.Length; i++)
        {
            var cell = _cursor.Cell(boxes[i]);
            if (cell.IsEmpty)
            {
                continue;
            }

            any = true;
            if (cell.Length == 1 && uint.CreateTruncating(cell[0]) is '0' or '1')
            {
                bits |= uint.CreateTruncating(cell[0]) == '1' ? 1L << i : 0;
            }
            else if (cell.SequenceEqual(_boxLabels[field][0]) || cell.SequenceEqual(labels[i]))
            {
                bits |= 1L << i;
            }
            else if (!cell.SequenceEqual(_boxLabels[field][1]))
            {
                FailAt(field, boxes[i], cell, CheckboxRule);
            }
        }

        if (!any)
        {
            Missing(field);
            return null;
        }

        return bits;
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
        if (_textCodes[field])
        {
            var exported = _exportCodes[field];
            for (var i = 0; i < exported.Length; i++)
            {
                if (cell.SequenceEqual(exported[i]))
                {
                    return codes[i];
                }
            }
        }
        else if (CellParser.TryParseInt(cell, out var code) && Array.IndexOf(codes, code) >= 0)
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

        var allowed = string.Join(", ", _fields[field].Levels.Select(l => $"{l.ExportCode} ({l.Label})"));
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

        return new CohortDataSet<TRecord>(_file, records, missing) { Warnings = _soft.Report(_fields) };
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<T> Cell(int field) => _cursor.Cell(_column[field]);

    /// <summary>The tokenizer's next row; its quoting errors, if any, join this reader's errors in file order.</summary>
    private bool NextTokenizedRow()
    {
        if (!_cursor.Next())
        {
            return false;
        }

        if (_cursor.RowIsMalformed)
        {
            var syntax = _cursor.Errors;
            for (var i = _syntaxErrorsTaken; i < syntax.Count; i++)
            {
                _errors.Add(new DataError(_file, syntax[i].Line, syntax[i].Column, string.Empty, string.Empty, syntax[i].Rule));
            }

            _syntaxErrorsTaken = syntax.Count;
        }

        return true;
    }

    private void Missing(int field)
    {
        if (_required[field] && _strict)
        {
            Fail(field, ReadOnlySpan<T>.Empty, "is required but empty");
            return;
        }

        if (_required[field])
        {
            _soft.Add(field, "is required but empty", _cursor.Line);
        }

        _missing[field]++;
    }

    /// <summary>A soft check failed: an error for a strict reader (false: drop the value), else a counted warning (true: keep it, as REDCap does).</summary>
    private bool Soft(int field, ReadOnlySpan<T> cell, string rule)
    {
        if (_strict)
        {
            Fail(field, cell, rule);
            return false;
        }

        _soft.Add(field, rule, _cursor.Line);
        return true;
    }

    private bool InRange(int field, ReadOnlySpan<T> cell, double value)
    {
        var bounds = _bounds[field];
        if (value < bounds.Min)
        {
            return Soft(field, cell, string.Create(CultureInfo.InvariantCulture, $"is below the field's minimum {bounds.Min}"));
        }

        if (value > bounds.Max)
        {
            return Soft(field, cell, string.Create(CultureInfo.InvariantCulture, $"is above the field's maximum {bounds.Max}"));
        }

        return true;
    }

    private static ReadOnlySpan<T> Trim(ReadOnlySpan<T> cell)
    {
        var start = 0;
        var end = cell.Length;
        while (start < end && uint.CreateTruncating(cell[start]) == ' ')
        {
            start++;
        }

        while (end > start && uint.CreateTruncating(cell[end - 1]) == ' ')
        {
            end--;
        }

        return cell[start..end];
    }

    private void Fail(int field, ReadOnlySpan<T> cell, string rule) => FailAt(field, _column[field], cell, rule);

    private void FailAt(int field, int column, ReadOnlySpan<T> cell, string rule) =>
        _errors.Add(new DataError(_file, _cursor.Line, column + 1, _fields[field].Name, CodeUnits.ToString(cell), rule));

    private void CheckId()
    {
        var column = _column[0];
        var cell = _cursor.Cell(column);
        if (cell.IsEmpty)
        {
            return;
        }

        if (!Keyed && _ids!.IsRepeat(cell, _cursor.Line, out var first))
        {
            _errors.Add(new DataError(_file, _cursor.Line, column + 1, _fields[0].Name, CodeUnits.ToString(cell),
                string.Create(CultureInfo.InvariantCulture, $"duplicate record id (first used on line {first})")));
        }
        else if (Keyed && _keys!.IsRepeat(cell, _eventIndex, _instrumentIndex, RepeatInstance ?? 0, _cursor.Line, out first))
        {
            _errors.Add(new DataError(_file, _cursor.Line, column + 1, _fields[0].Name, CodeUnits.ToString(cell),
                string.Create(CultureInfo.InvariantCulture, $"duplicate row: record '{CodeUnits.ToString(cell)}', event '{EventName}', repeat '{RepeatInstrument}' #{RepeatInstance} (first on line {first})")));
        }
    }

    /// <summary>Reads the row's event, repeat instrument and instance (event and instrument names kept once each).</summary>
    private void ReadKey()
    {
        _eventIndex = Intern(_cursor.Cell(_map.Event), _events, _eventCodes);
        EventName = _eventIndex < 0 ? null : _events[_eventIndex];
        Arm = _eventIndex < 0 ? null : _arms[_eventIndex];
        _instrumentIndex = Intern(_cursor.Cell(_map.RepeatInstrument), _instruments, _instrumentCodes);
        RepeatInstrument = _instrumentIndex < 0 ? null : _instruments[_instrumentIndex];
        var instance = _cursor.Cell(_map.RepeatInstance);
        if (instance.IsEmpty)
        {
            RepeatInstance = null;
        }
        else if (CellParser.TryParseInt(instance, out var number) && number > 0)
        {
            RepeatInstance = number;
        }
        else
        {
            RepeatInstance = null;
            _errors.Add(new DataError(_file, _cursor.Line, _map.RepeatInstance + 1, "redcap_repeat_instance", CodeUnits.ToString(instance), WholeNumberRule));
        }
    }

    private int Intern(ReadOnlySpan<T> cell, List<string> texts, List<T[]> codes)
    {
        if (cell.IsEmpty)
        {
            return -1;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (cell.SequenceEqual(codes[i]))
            {
                return i;
            }
        }

        var text = CodeUnits.ToString(cell);
        texts.Add(text);
        codes.Add(cell.ToArray());
        if (ReferenceEquals(texts, _events))
        {
            _arms.Add(ArmOf(text));
        }

        return texts.Count - 1;
    }

    /// <summary>REDCap's unique event names end in <c>_arm_N</c> (raw export); its event labels in <c>(Arm N: name)</c> (label export).</summary>
    internal static int? ArmOf(string eventName)
    {
        var at = eventName.LastIndexOf("_arm_", StringComparison.Ordinal);
        if (at >= 0 && int.TryParse(eventName.AsSpan(at + 5), NumberStyles.None, CultureInfo.InvariantCulture, out var arm))
        {
            return arm;
        }

        at = eventName.LastIndexOf("(Arm ", StringComparison.Ordinal);
        var colon = at >= 0 ? eventName.IndexOf(':', at) : -1;
        return colon > at + 5 && int.TryParse(eventName.AsSpan(at + 5, colon - at - 5), NumberStyles.None, CultureInfo.InvariantCulture, out arm) ? arm : null;
    }
}

/// <summary>
/// A field's column, numeric bounds and choice codes 0–63 as a bit set, together, so that reading a
/// cell touches one array element; other codes and labels take the slow path.
/// </summary>
internal readonly record struct Bounds(int Column, double Min, double Max, ulong Codes);
