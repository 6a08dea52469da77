using System.Globalization;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// The checks every generated reader shares: the header against the dictionary, then each cell against
/// its field's rules (type, choices, min/max, required), and the record id (the dictionary's first field,
/// as in REDCap) unique. Errors are collected, never thrown one at a time; <see cref="Finish{TRecord}"/>
/// throws them all at once or returns the whole cohort.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly IReadOnlyList<FieldDescription> _fields;
    private readonly int[] _columnOfField;
    private readonly int[] _missing;
    private readonly List<DataError> _errors = [];
    private readonly string _file;

    /// <summary>Tokenizes <paramref name="text"/> and checks its header against <paramref name="fields"/>.</summary>
    public CsvRecordReader(string text, string file, IReadOnlyList<FieldDescription> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _file = file;
        _fields = fields;
        _missing = new int[fields.Count];
        var table = CsvTable.Parse(text, file, _errors);
        Rows = table.Rows;
        _columnOfField = MapHeader(table.Header);
        HeaderIsValid = _errors.Count == 0;
        if (HeaderIsValid)
        {
            CheckRowWidthsAndIds(table.Header.Length);
        }
    }

    /// <summary>The data rows of the file.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>False when the header is wrong; the rows are then not read at all.</summary>
    public bool HeaderIsValid { get; }

    /// <summary>Errors found so far; a generated reader compares it before and after a row.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>An integer cell, or null when empty.</summary>
    public int? Integer(CsvRow row, int field)
    {
        var cell = Cell(row, field, out var column);
        if (cell is null)
        {
            return null;
        }

        if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(row, column, field, cell, "must be a whole number (digits only, e.g. 42)");
            return null;
        }

        return CheckRange(row, column, field, cell, value) ? value : null;
    }

    /// <summary>A number cell (invariant culture, '.' as decimal point), or null when empty.</summary>
    public double? Number(CsvRow row, int field)
    {
        var cell = Cell(row, field, out var column);
        if (cell is null)
        {
            return null;
        }

        if (!double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            Fail(row, column, field, cell, "must be a number with '.' as the decimal point (e.g. 12.5)");
            return null;
        }

        return CheckRange(row, column, field, cell, value) ? value : null;
    }

    /// <summary>A date cell in REDCap's <c>date_ymd</c> form (yyyy-MM-dd), or null when empty.</summary>
    public DateOnly? Date(CsvRow row, int field)
    {
        var cell = Cell(row, field, out var column);
        if (cell is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            Fail(row, column, field, cell, "must be a date written yyyy-MM-dd (e.g. 2017-12-31)");
            return null;
        }

        return value;
    }

    /// <summary>
    /// A categorical cell as its code. Accepts REDCap's raw export (the code) and its label export
    /// (the label, exactly as the dictionary writes it).
    /// </summary>
    public int? Choice(CsvRow row, int field)
    {
        var cell = Cell(row, field, out var column);
        if (cell is null)
        {
            return null;
        }

        var levels = _fields[field].Levels;
        if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
        {
            foreach (var level in levels)
            {
                if (level.Code == code)
                {
                    return code;
                }
            }
        }

        foreach (var level in levels)
        {
            if (string.Equals(level.Label, cell, StringComparison.Ordinal))
            {
                return level.Code;
            }
        }

        var allowed = string.Join(", ", levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Code} ({l.Label})")));
        Fail(row, column, field, cell, $"is not one of the field's choices: {allowed}");
        return null;
    }

    /// <summary>A yes/no or true/false cell: 1 or 0, or the label (Yes/No, True/False).</summary>
    public bool? Boolean(CsvRow row, int field)
    {
        var code = Choice(row, field);
        return code is null ? null : code.Value == 1;
    }

    /// <summary>A free-text cell, or null when empty.</summary>
    public string? Text(CsvRow row, int field) => Cell(row, field, out _);

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

    private string? Cell(CsvRow row, int field, out int column)
    {
        column = _columnOfField[field] + 1;
        var cells = row.Cells;
        var cell = _columnOfField[field] < cells.Length ? cells[_columnOfField[field]] : string.Empty;
        if (cell.Length > 0)
        {
            return cell;
        }

        if (_fields[field].Required)
        {
            Fail(row, column, field, cell, "is required but empty");
        }
        else
        {
            _missing[field]++;
        }

        return null;
    }

    private bool CheckRange(CsvRow row, int column, int field, string cell, double value)
    {
        var f = _fields[field];
        if (f.Min is { } min && value < min)
        {
            Fail(row, column, field, cell, string.Create(CultureInfo.InvariantCulture, $"is below the field's minimum {min}"));
            return false;
        }

        if (f.Max is { } max && value > max)
        {
            Fail(row, column, field, cell, string.Create(CultureInfo.InvariantCulture, $"is above the field's maximum {max}"));
            return false;
        }

        return true;
    }

    private void Fail(CsvRow row, int column, int field, string cell, string rule) =>
        _errors.Add(new DataError(_file, row.Line, column, _fields[field].Name, cell, rule));

    private int[] MapHeader(string[] header)
    {
        var map = new int[_fields.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            if (!seen.TryAdd(header[c], c))
            {
                _errors.Add(new DataError(_file, 1, c + 1, header[c], header[c], $"the column appears twice in the header (first at column {seen[header[c]] + 1})"));
            }
        }

        var known = new HashSet<string>(_fields.Select(f => f.Name), StringComparer.Ordinal);
        for (var f = 0; f < _fields.Count; f++)
        {
            if (seen.TryGetValue(_fields[f].Name, out var c))
            {
                map[f] = c;
            }
            else
            {
                map[f] = -1;
                var expected = string.Join(",", _fields.Select(x => x.Name));
                _errors.Add(new DataError(_file, 1, 0, _fields[f].Name, string.Empty, $"the header has no column '{_fields[f].Name}', which the data dictionary requires; expected header: {expected}"));
            }
        }

        for (var c = 0; c < header.Length; c++)
        {
            if (!known.Contains(header[c]))
            {
                _errors.Add(new DataError(_file, 1, c + 1, header[c], header[c], "the column is not a field of the data dictionary (add it to the dictionary or remove it)"));
            }
        }

        if (header.Length == 0)
        {
            _errors.Add(new DataError(_file, 1, 0, string.Empty, string.Empty, "the file is empty; it needs a header line naming the dictionary's fields"));
        }

        return map;
    }

    private void CheckRowWidthsAndIds(int width)
    {
        var idColumn = _columnOfField.Length > 0 ? _columnOfField[0] : -1;
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (row.Cells.Length != width)
            {
                _errors.Add(new DataError(_file, row.Line, 0, string.Empty, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {row.Cells.Length} cells but the header has {width}")));
                continue;
            }

            if (idColumn >= 0 && row.Cells[idColumn].Length > 0 && !firstLineOfId.TryAdd(row.Cells[idColumn], row.Line))
            {
                _errors.Add(new DataError(_file, row.Line, idColumn + 1, _fields[0].Name, row.Cells[idColumn],
                    string.Create(CultureInfo.InvariantCulture, $"duplicate record id (first used on line {firstLineOfId[row.Cells[idColumn]]})")));
            }
        }
    }
}
