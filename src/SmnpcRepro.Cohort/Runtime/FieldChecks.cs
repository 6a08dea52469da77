using System.Numerics;
using System.Text.RegularExpressions;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>Creates <see cref="FieldChecks{T}"/> for a generated reader.</summary>
public static class FieldChecks
{
    /// <summary>The checks of <paramref name="fields"/> over <paramref name="text"/>, read as strictly as the reader is.</summary>
    public static FieldChecks<T> For<T>(ReadOnlyMemory<T> text, string file, IReadOnlyList<FieldDescription> fields, bool strict)
        where T : unmanaged, IBinaryInteger<T> => new(text, file, fields, strict);

    /// <summary>The checks of <paramref name="fields"/> over the UTF-16 <paramref name="text"/>.</summary>
    public static FieldChecks<char> For(string text, string file, IReadOnlyList<FieldDescription> fields, bool strict) =>
        new(text.AsMemory(), file, fields, strict);
}

/// <summary>
/// The checks a generated reader makes on the values <see cref="CsvRecordReader{T}"/> returns, beside the
/// reader's own: a string validation of REDCap's (<see cref="TextValidations"/>: email, phone, postal codes, …)
/// and, for a record type that holds a required field as a non-nullable value, that the value is there even
/// when the reader is not strict. Each failure is an error at its file, line and column, and
/// <see cref="Finish{TRecord}"/> reports them with the reader's, in line order. The header is read again to
/// find a failing cell's column only when something fails, so a clean file costs a lookup per checked value.
/// </summary>
/// <typeparam name="T"><see cref="char"/> for text, <see cref="byte"/> for UTF-8, as the reader's.</typeparam>
public sealed class FieldChecks<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly ReadOnlyMemory<T> _text;
    private readonly string _file;
    private readonly IReadOnlyList<FieldDescription> _fields;
    private readonly bool _strict;
    private readonly Regex?[] _patterns;
    private readonly string[] _rules;
    private readonly bool[] _absentReported;
    private readonly List<DataError> _errors = [];
    private readonly List<DataError> _required = [];
    private int[]? _columns;

    internal FieldChecks(ReadOnlyMemory<T> text, string file, IReadOnlyList<FieldDescription> fields, bool strict)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _text = text;
        _file = file;
        _fields = fields;
        _strict = strict;
        _patterns = new Regex?[fields.Count];
        _rules = new string[fields.Count];
        _absentReported = new bool[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            if (fields[f].Kind == FieldKind.Text && TextValidations.Of(fields[f].Validation) is { } validation)
            {
                _patterns[f] = validation.CreateRegex();
                _rules[f] = $"{validation.Rule} (REDCap's '{validation.Name}' validation)";
            }
        }
    }

    /// <summary>
    /// Checks a text value against its field's string validation, if REDCap has one of that name. A reader
    /// that is not strict checks the value without surrounding spaces, which REDCap trims on import.
    /// </summary>
    public void Text(int field, string? value, int line)
    {
        if (value is null || _patterns[field] is not { } pattern)
        {
            return;
        }

        if (pattern.IsMatch(value) || (!_strict && pattern.IsMatch(value.Trim(' '))))
        {
            return;
        }

        _errors.Add(new DataError(_file, line, Column(field) + 1, _fields[field].Name, value, _rules[field]));
    }

    /// <summary>
    /// A required field the record type holds as a non-nullable value had no value on <paramref name="line"/>.
    /// A strict reader has already reported it; otherwise it is an error here (once, on the header, when the
    /// export has no such column at all), because the record cannot be made without the value. A cell the
    /// reader refused (not a number, say) is reported once, by the reader.
    /// </summary>
    public void Required(int field, int line)
    {
        if (_strict)
        {
            return;
        }

        var column = Column(field);
        if (column >= 0)
        {
            _required.Add(new DataError(_file, line, column + 1, _fields[field].Name, string.Empty, "is required but empty"));
        }
        else if (!_absentReported[field])
        {
            _absentReported[field] = true;
            _errors.Add(new DataError(_file, 1, 0, _fields[field].Name, string.Empty,
                $"the header has no column '{_fields[field].Name}' (or its label '{_fields[field].Label}'), which the record type requires (a required field of the data dictionary)"));
        }
    }

    /// <summary>Every record, or throws <see cref="CohortDataException"/> with the reader's errors and these checks', in line order.</summary>
    public CohortDataSet<TRecord> Finish<TRecord>(CsvRecordReader<T> reader, IReadOnlyList<TRecord> records)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (_errors.Count == 0 && _required.Count == 0)
        {
            return reader.Finish(records);
        }

        IReadOnlyList<DataError> readerErrors = [];
        try
        {
            reader.Finish(records);
        }
        catch (CohortDataException e)
        {
            readerErrors = e.Errors;
        }

        var refused = readerErrors.Select(e => (e.Line, e.Field)).ToHashSet();
        var empty = _required.Where(e => !refused.Contains((e.Line, e.Field)));

        // A stable sort: within a line, the reader's errors keep their order and come first.
        throw new CohortDataException(readerErrors.Concat(_errors).Concat(empty).OrderBy(e => e.Line).ToList());
    }

    /// <summary>The 0-based column of a field (-1 when the export has none), from the header read the way the reader reads it.</summary>
    private int Column(int field)
    {
        if (_columns is null)
        {
            var ignored = new List<DataError>();
            var cursor = SmnpcRepro.Csv.CsvTokenizer<T>.ForFile(_text);
            var header = Array.Empty<string>();
            if (cursor.Next())
            {
                header = new string[cursor.CellCount];
                for (var c = 0; c < header.Length; c++)
                {
                    header[c] = CodeUnits.ToString(cursor.Cell(c));
                }
            }

            _columns = CsvHeader.Map(header, _fields, _file, ignored, _strict).Columns;
        }

        return _columns[field];
    }
}
