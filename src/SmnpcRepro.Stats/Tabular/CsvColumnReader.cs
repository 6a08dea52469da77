using SmnpcRepro.Survival.Memory;

namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// Reads the data rows of a CSV (everything after the header) into column arrays. A file of 2 MiB or more
/// with no quote character is cut just after line feeds into one part per core, and the parts are read in
/// parallel (<see cref="CsvColumnPart"/>) straight into the final arrays; anything else is one part. Either
/// way every row goes through the same tokenizer and the same cell rules, and the error reported is the
/// first in the file: each part stops at its first error, and the earliest part's error wins.
/// </summary>
internal static class CsvColumnReader
{
    private const int MinimumPartBytes = 1 << 20;
    private const int MinimumParallelBytes = 2 << 20;

    /// <summary>Parsed columns: numbers, level codes with each factor's spellings in order of first appearance, the file line of each row.</summary>
    internal sealed record Result(
        double[][] Numeric,
        int[] NumericMissing,
        int[][] FactorCodes,
        List<byte[]>[] FactorLevels,
        int[] FactorMissing,
        RowLines Lines,
        int[] BlankLines);

    /// <summary>Reads <paramref name="rows"/>, whose first line is file line <paramref name="firstLine"/>.</summary>
    /// <exception cref="CsvFrameException">The first malformed row or cell in the file.</exception>
    public static Result Read(ReadOnlyMemory<byte> rows, int firstLine, CsvColumnLayout layout)
    {
        var bounds = PartBounds(rows.Span);
        var parts = bounds.Length - 1;
        var firstRow = new int[parts + 1];
        var partLine = new int[parts];
        partLine[0] = firstLine;
        for (var p = 0; p < parts; p++)
        {
            var part = rows.Span[bounds[p]..bounds[p + 1]];
            var lineFeeds = part.Count((byte)'\n');
            var unterminated = part.Length > 0 && part[^1] != '\n' ? 1 : 0;
            firstRow[p + 1] = firstRow[p] + lineFeeds + unterminated; // at most this many rows
            if (p + 1 < parts)
            {
                partLine[p + 1] = partLine[p] + lineFeeds;
            }
        }

        var capacity = firstRow[parts];
        var numeric = new double[layout.NumericCount][];
        for (var k = 0; k < numeric.Length; k++)
        {
            numeric[k] = LargeArrays.AllocateUninitialized<double>(capacity);
        }

        var codes = new int[layout.FactorCount][];
        for (var k = 0; k < codes.Length; k++)
        {
            codes[k] = LargeArrays.AllocateUninitialized<int>(capacity);
        }

        var results = new CsvColumnPart[parts];
        var target = new CsvColumnPart.Target(numeric, codes);
        if (parts == 1)
        {
            results[0] = CsvColumnPart.Read(rows, firstLine, 0, layout, target);
        }
        else
        {
            Parallel.For(0, parts, p => results[p] = CsvColumnPart.Read(rows[bounds[p]..bounds[p + 1]], partLine[p], firstRow[p], layout, target));
        }

        foreach (var part in results)
        {
            if (part.Error is not null)
            {
                throw new CsvFrameException(part.Error);
            }
        }

        return Merge(results, firstRow, numeric, codes, capacity);
    }

    /// <summary>Where the parts start and end: one part, or one per core cut just after a line feed when no cell can be quoted.</summary>
    private static int[] PartBounds(ReadOnlySpan<byte> rows)
    {
        var parts = Math.Min(Environment.ProcessorCount, rows.Length / MinimumPartBytes);
        if (rows.Length < MinimumParallelBytes || parts < 2 || rows.IndexOf((byte)'"') >= 0)
        {
            return [0, rows.Length];
        }

        var bounds = new int[parts + 1];
        bounds[parts] = rows.Length;
        for (var p = 1; p < parts; p++)
        {
            var guess = Math.Max(bounds[p - 1], (int)((long)rows.Length * p / parts));
            var lineFeed = rows[guess..].IndexOf((byte)'\n');
            bounds[p] = lineFeed < 0 ? rows.Length : guess + lineFeed + 1;
        }

        return bounds;
    }

    /// <summary>Global level numbering (in order of first appearance in the file), missing counts, and compaction where blank lines left gaps.</summary>
    private static Result Merge(CsvColumnPart[] parts, int[] firstRow, double[][] numeric, int[][] codes, int capacity)
    {
        var levels = new List<byte[]>[codes.Length];
        var factorMissing = new int[codes.Length];
        for (var k = 0; k < codes.Length; k++)
        {
            levels[k] = [];
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                factorMissing[k] += part.FactorMissing[k];
                var local = part.Levels[k];
                var remap = new int[local.Count];
                var identity = true;
                for (var l = 0; l < local.Count; l++)
                {
                    var index = levels[k].FindIndex(x => x.AsSpan().SequenceEqual(local[l]));
                    if (index < 0)
                    {
                        levels[k].Add(local[l]);
                        index = levels[k].Count - 1;
                    }

                    remap[l] = index;
                    identity &= index == l;
                }

                if (!identity)
                {
                    var column = codes[k];
                    for (var i = firstRow[p]; i < firstRow[p] + part.Rows; i++)
                    {
                        column[i] = column[i] < 0 ? -1 : remap[column[i]];
                    }
                }
            }
        }

        var numericMissing = new int[numeric.Length];
        for (var k = 0; k < numeric.Length; k++)
        {
            foreach (var part in parts)
            {
                numericMissing[k] += part.NumericMissing[k];
            }
        }

        var rows = parts.Sum(p => p.Rows);
        var anchorRows = new List<int>();
        var anchorLines = new List<int>();
        var start = 0;
        foreach (var part in parts)
        {
            foreach (var (row, line) in part.LineAnchors)
            {
                anchorRows.Add(start + row);
                anchorLines.Add(line);
            }

            start += part.Rows;
        }

        if (rows < capacity)
        {
            // Blank lines, quoted line feeds, the room left for a last unterminated row: move each part's rows down over the gaps.
            var at = 0;
            for (var p = 0; p < parts.Length; p++)
            {
                var n = parts[p].Rows;
                if (at != firstRow[p])
                {
                    foreach (var column in numeric)
                    {
                        Array.Copy(column, firstRow[p], column, at, n);
                    }

                    foreach (var column in codes)
                    {
                        Array.Copy(column, firstRow[p], column, at, n);
                    }
                }

                at += n;
            }

            for (var k = 0; k < numeric.Length; k++)
            {
                Array.Resize(ref numeric[k], rows);
            }

            for (var k = 0; k < codes.Length; k++)
            {
                Array.Resize(ref codes[k], rows);
            }
        }

        var blankLines = parts.SelectMany(p => p.BlankLines).ToArray();
        return new Result(numeric, numericMissing, codes, levels, factorMissing, new RowLines(rows, [.. anchorRows], [.. anchorLines]), blankLines);
    }
}
