using System.Globalization;

namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Writes rows in the canonical CSV form the generated readers read back to equal records: LF line
/// ends (also after the last row), no BOM, the cells of <see cref="CsvCell"/>. Numbers are formatted
/// into a stack buffer, so no string is made per cell. A generated writer calls one method per field,
/// then <see cref="EndRow"/>.
/// </summary>
public sealed class CsvRecordWriter
{
    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];

    private readonly TextWriter _writer;
    private bool _rowStarted;
    private RedcapColumns _redcap;

    /// <summary>Writes to <paramref name="writer"/>.</summary>
    public CsvRecordWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Writes the header line.</summary>
    public void Header(string header)
    {
        _writer.Write(header);
        _writer.Write('\n');
    }

    /// <summary>Writes the header line with REDCap's event and repeat <paramref name="columns"/> after the first (record id) column, as REDCap's export has them.</summary>
    public void Header(string header, RedcapColumns columns)
    {
        ArgumentNullException.ThrowIfNull(header);
        _redcap = columns;
        var comma = header.IndexOf(',', StringComparison.Ordinal);
        var first = comma < 0 ? header : header[..comma];
        var rest = comma < 0 ? string.Empty : header[comma..];
        var inserted = (columns.HasFlag(RedcapColumns.Event) ? ",redcap_event_name" : string.Empty)
            + (columns.HasFlag(RedcapColumns.RepeatInstrument) ? ",redcap_repeat_instrument" : string.Empty)
            + (columns.HasFlag(RedcapColumns.RepeatInstance) ? ",redcap_repeat_instance" : string.Empty);
        Header(first + inserted + rest);
    }

    /// <summary>The row's event and repeat cells, for the columns the header was written with (call after the record id).</summary>
    public void Redcap(IRedcapRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_redcap.HasFlag(RedcapColumns.Event))
        {
            Text(row.RedcapEventName);
        }

        if (_redcap.HasFlag(RedcapColumns.RepeatInstrument))
        {
            Text(row.RedcapRepeatInstrument);
        }

        if (_redcap.HasFlag(RedcapColumns.RepeatInstance))
        {
            Integer(row.RedcapRepeatInstance);
        }
    }

    /// <summary>An integer cell.</summary>
    public void Integer(int? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[16];
            v.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture);
            _writer.Write(buffer[..n]);
        }
    }

    /// <summary>A number cell, shortest round-trip form.</summary>
    public void Number(double? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[32];
            v.TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..n]);
        }
    }

    /// <summary>
    /// A number cell with exactly <paramref name="decimalPlaces"/> decimals ('.' as the point), as REDCap's
    /// <c>number_Ndp</c> validations require and the reader checks.
    /// </summary>
    public void Number(double? value, int decimalPlaces)
    {
        if (decimalPlaces is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(decimalPlaces), decimalPlaces, "REDCap's number_Ndp validations fix 1 to 9 decimal places.");
        }

        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[48];
            if (v.TryFormat(buffer, out var n, FixedFormats[decimalPlaces], CultureInfo.InvariantCulture))
            {
                _writer.Write(buffer[..n]);
            }
            else
            {
                _writer.Write(v.ToString(FixedFormats[decimalPlaces], CultureInfo.InvariantCulture)); // beyond 48 characters (|v| ≥ 1e38)
            }
        }
    }

    /// <summary>A date cell, yyyy-MM-dd.</summary>
    public void Date(DateOnly? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[16];
            v.TryFormat(buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..n]);
        }
    }

    /// <summary>A categorical cell, written as its code (REDCap's raw form).</summary>
    public void Choice(int? code) => Integer(code);

    /// <summary>A categorical cell of a field with text codes, written as the level's REDCap code.</summary>
    public void Choice(int? code, FieldDescription field)
    {
        ArgumentNullException.ThrowIfNull(field);
        Separate();
        if (code is { } c)
        {
            _writer.Write(CsvCell.Quote(field.Levels.First(l => l.Code == c).ExportCode));
        }
    }

    /// <summary>A checkbox: one 1/0 cell per choice (REDCap's raw form), all empty when null.</summary>
    public void Checkbox(long? bits, int choices)
    {
        for (var i = 0; i < choices; i++)
        {
            Separate();
            if (bits is { } b)
            {
                _writer.Write(((b >> i) & 1) != 0 ? '1' : '0');
            }
        }
    }

    /// <summary>A datetime cell, yyyy-MM-dd HH:mm:ss (HH:mm when the seconds are 0).</summary>
    public void DateTime(DateTime? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[32];
            v.TryFormat(buffer, out var n, v.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..n]);
        }
    }

    /// <summary>A time cell, HH:mm:ss (HH:mm when the seconds are 0).</summary>
    public void Time(TimeOnly? value)
    {
        Separate();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[16];
            v.TryFormat(buffer, out var n, v.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..n]);
        }
    }

    /// <summary>A boolean cell, 1 or 0.</summary>
    public void Boolean(bool? value)
    {
        Separate();
        if (value is { } v)
        {
            _writer.Write(v ? '1' : '0');
        }
    }

    /// <summary>A text cell, quoted only when it holds a comma, a quote or a line break.</summary>
    public void Text(string? value)
    {
        Separate();
        if (value is not null)
        {
            _writer.Write(CsvCell.Quote(value));
        }
    }

    /// <summary>Ends the row with LF.</summary>
    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
    }

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }
}
