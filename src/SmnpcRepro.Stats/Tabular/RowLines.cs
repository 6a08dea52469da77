namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// The file line of each data row, kept as the rows where the numbering jumps (the first row, and any row
/// after a blank line or after a quoted cell that spans lines): from an anchor on, row r + k is on line
/// l + k. A file of plain rows needs one anchor per part instead of one number per row.
/// </summary>
public sealed class RowLines
{
    private readonly int[] _rows;
    private readonly int[] _lines;

    internal RowLines(int rowCount, int[] anchorRows, int[] anchorLines)
    {
        RowCount = rowCount;
        _rows = anchorRows;
        _lines = anchorLines;
    }

    /// <summary>Number of data rows.</summary>
    public int RowCount { get; }

    /// <summary>The file line (1-based) of data row <paramref name="row"/> (0-based).</summary>
    public int LineOf(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        var a = Array.BinarySearch(_rows, row);
        if (a < 0)
        {
            a = ~a - 1;
        }

        return _lines[a] + (row - _rows[a]);
    }

    /// <summary>Every row's line, in row order (for tests and small files).</summary>
    public int[] ToArray()
    {
        var lines = new int[RowCount];
        for (var a = 0; a < _rows.Length; a++)
        {
            var end = a + 1 < _rows.Length ? _rows[a + 1] : RowCount;
            for (var r = _rows[a]; r < end; r++)
            {
                lines[r] = _lines[a] + (r - _rows[a]);
            }
        }

        return lines;
    }
}
