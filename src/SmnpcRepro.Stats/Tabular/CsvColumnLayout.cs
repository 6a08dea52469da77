namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// What <see cref="CsvColumnReader"/> reads: the file's name (for errors), its header, and per header column
/// its <see cref="ColumnKind"/> and its index among the numeric or the factor columns asked for.
/// </summary>
internal sealed class CsvColumnLayout
{
    public CsvColumnLayout(string file, IReadOnlyList<string> header, ColumnKind[] kind, int[] slot, int numericCount, int factorCount)
    {
        File = file;
        Header = header;
        NumericCount = numericCount;
        FactorCount = factorCount;
        var used = Enumerable.Range(0, kind.Length).Where(c => kind[c] != ColumnKind.Skipped).ToArray();
        UsedColumns = used;
        UsedKinds = used.Select(c => kind[c]).ToArray();
        UsedSlots = used.Select(c => slot[c]).ToArray();
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Cells a row must have.</summary>
    public int Width => Header.Count;

    public int NumericCount { get; }

    public int FactorCount { get; }

    /// <summary>The 0-based header positions of the columns read, ascending.</summary>
    public int[] UsedColumns { get; }

    /// <summary>The kind of each column in <see cref="UsedColumns"/>.</summary>
    public ColumnKind[] UsedKinds { get; }

    /// <summary>The numeric or factor index of each column in <see cref="UsedColumns"/>.</summary>
    public int[] UsedSlots { get; }
}
