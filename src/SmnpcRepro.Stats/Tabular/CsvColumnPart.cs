using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// One part of the data rows read with the shared tokenizer (<see cref="CsvTokenizer{T}"/>) and number
/// parser (<see cref="CsvNumber"/>) into the final column arrays from row <c>firstRow</c> on: the part's
/// missing counts, its category spellings in order of first appearance (cells of up to 7 bytes compared as
/// one packed 64-bit key), its blank lines, and its first error, after which it stops.
/// </summary>
internal sealed class CsvColumnPart
{
    private readonly ulong[][] _keys;

    private CsvColumnPart(int numericCount, int factorCount)
    {
        NumericMissing = new int[numericCount];
        FactorMissing = new int[factorCount];
        Levels = new List<byte[]>[factorCount];
        _keys = new ulong[factorCount][];
        for (var k = 0; k < factorCount; k++)
        {
            Levels[k] = [];
            _keys[k] = new ulong[4];
        }
    }

    /// <summary>The arrays every part writes into, each in its own range of rows.</summary>
    internal sealed record Target(double[][] Numeric, int[][] Codes);

    public int[] NumericMissing { get; }

    public int[] FactorMissing { get; }

    /// <summary>Per factor column, the part's spellings; a row's code indexes them.</summary>
    public List<byte[]>[] Levels { get; }

    public int Rows { get; private set; }

    public List<int> BlankLines { get; } = [];

    /// <summary>The part's rows (counted from its first) where the line numbering jumps, and their lines: see <see cref="RowLines"/>.</summary>
    public List<(int Row, int Line)> LineAnchors { get; } = [];

    /// <summary>The part's first error (file(line,column): error: …), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Reads <paramref name="text"/> (whole lines, the first being file line <paramref name="firstLine"/>).</summary>
    public static CsvColumnPart Read(ReadOnlyMemory<byte> text, int firstLine, int firstRow, CsvColumnLayout layout, Target target)
    {
        var part = new CsvColumnPart(layout.NumericCount, layout.FactorCount);
        part.Fill(CsvTokenizer<byte>.ForPart(text, firstLine, part.BlankLines), firstRow, layout, target);
        return part;
    }

    // Always compiled at run time, never precompiled (ReadyToRun): the loop inlines the tokenizer's per-cell calls from
    // SmnpcRepro.Csv, which precompiled code cannot inline across assemblies (measured: the 10^6-row read 520 -> 600 ms).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(CsvTokenizer<byte> tokenizer, int firstRow, CsvColumnLayout layout, Target target)
    {
        var used = layout.UsedColumns;
        var kinds = layout.UsedKinds;
        var slots = layout.UsedSlots;
        var numeric = target.Numeric;
        var codes = target.Codes;
        var row = firstRow;
        var previousLine = int.MinValue;
        while (tokenizer.Next())
        {
            var line = tokenizer.Line;
            if (line != previousLine + 1)
            {
                LineAnchors.Add((row - firstRow, line));
            }

            previousLine = line;
            if (tokenizer.RowIsMalformed)
            {
                var e = tokenizer.Errors[0];
                Stop(string.Create(CultureInfo.InvariantCulture, $"{layout.File}({e.Line},{e.Column}): error: {e.Rule}."));
                return;
            }

            if (tokenizer.CellCount != layout.Width)
            {
                Stop(string.Create(CultureInfo.InvariantCulture, $"{layout.File}({line}): error: the row has {tokenizer.CellCount} cells but the header has {layout.Width}."));
                return;
            }

            for (var u = 0; u < used.Length; u++)
            {
                var cell = tokenizer.Cell(used[u]);
                var s = slots[u];
                var missing = cell.Length == 0 || (cell.Length == 2 && cell[0] == 'N' && cell[1] == 'A');
                if (kinds[u] == ColumnKind.Numeric)
                {
                    if (missing)
                    {
                        numeric[s][row] = double.NaN;
                        NumericMissing[s]++;
                    }
                    else if (CsvNumber.TryParse(cell, out var v) || TryParseSpaced(cell, out v))
                    {
                        numeric[s][row] = v;
                    }
                    else
                    {
                        Stop(string.Create(CultureInfo.InvariantCulture,
                            $"{layout.File}({line},{used[u] + 1}): error: column '{layout.Header[used[u]]}' value '{Encoding.UTF8.GetString(cell)}': {NotANumber(cell)}"));
                        return;
                    }
                }
                else if (missing)
                {
                    codes[s][row] = -1;
                    FactorMissing[s]++;
                }
                else
                {
                    codes[s][row] = Level(s, cell);
                }
            }

            row++;
        }

        Rows = row - firstRow;
    }

    private void Stop(string error) => Error = error;

    /// <summary>R strips the white space around a numeric field (scan's rule), so ' 2.5 ' is 2.5.</summary>
    private static bool TryParseSpaced(ReadOnlySpan<byte> cell, out double value)
    {
        var trimmed = cell.Trim(" \t"u8);
        value = 0;
        return trimmed.Length != cell.Length && trimmed.Length > 0 && CsvNumber.TryParse(trimmed, out value);
    }

    /// <summary>Why a cell is not a usable number: not finite (NaN, ±infinity, an overflow), or not a number at all.</summary>
    private static string NotANumber(ReadOnlySpan<byte> cell)
    {
        var trimmed = cell.Trim(" \t"u8);
        var unsigned = trimmed.Length > 0 && (trimmed[0] == '+' || trimmed[0] == '-') ? trimmed[1..] : trimmed;
        return Ascii.EqualsIgnoreCase(unsigned, "Inf"u8) || CsvNumber.IsNonFinite(trimmed)
            ? "must be a finite number (NaN and infinite values are refused; leave the cell empty or NA for a missing value)."
            : "must be a number with '.' as the decimal point, or empty/NA for missing.";
    }

    /// <summary>The part's level of a category cell: packed-key compare for cells of up to 7 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Level(int s, ReadOnlySpan<byte> cell)
    {
        var levels = Levels[s];
        if (cell.Length <= 7)
        {
            var key = (ulong)cell.Length << 56;
            for (var i = 0; i < cell.Length; i++)
            {
                key |= (ulong)cell[i] << (8 * i);
            }

            var keys = _keys[s];
            var count = levels.Count;
            for (var i = 0; i < count; i++)
            {
                if (keys[i] == key)
                {
                    return i;
                }
            }

            return Add(s, cell, key);
        }

        for (var i = 0; i < levels.Count; i++)
        {
            if (cell.SequenceEqual(levels[i]))
            {
                return i;
            }
        }

        return Add(s, cell, 0);
    }

    private int Add(int s, ReadOnlySpan<byte> cell, ulong key)
    {
        var levels = Levels[s];
        if (levels.Count == _keys[s].Length)
        {
            Array.Resize(ref _keys[s], levels.Count * 2);
        }

        _keys[s][levels.Count] = key; // 0 never matches a packed key (its length byte is ≥ 1)
        levels.Add(cell.ToArray());
        return levels.Count - 1;
    }
}
