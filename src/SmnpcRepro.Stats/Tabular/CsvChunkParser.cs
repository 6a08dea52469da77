using System.Globalization;
using SmnpcRepro.Csv;

namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// The fast path of <see cref="CsvFrame"/>: for files with no quote character and no lone carriage return,
/// the bytes after the header are cut at line ends into one chunk per core and parsed in parallel straight
/// into the final column arrays. Numbers go through the exact short-decimal parser shared with the generated cohort
/// reader (<see cref="ShortDecimal"/>: at most 15 digits and an optional point, hence the same double as
/// <see cref="double.Parse(string)"/>), anything else through <c>double.TryParse</c>; category cells of up
/// to 7 bytes are looked up as packed 64-bit keys. Returns null on anything unusual (a malformed cell, a
/// wrong number of cells, a quote), so that the sequential parser runs instead and reports the error
/// exactly as before.
/// </summary>
internal static class CsvChunkParser
{
    private const int MinimumChunkBytes = 1 << 20;

    /// <summary>Parsed columns in file order.</summary>
    internal sealed record Result(
        double[][] Numeric,
        int[] NumericMissing,
        int[][] FactorCodes,
        List<byte[]>[] FactorLevels,
        int[] FactorMissing,
        int[] Lines,
        int[] BlankLines);

    /// <summary>Parses <paramref name="data"/> from <paramref name="start"/> (the first data line, line 2), or returns null.</summary>
    public static Result? TryParse(byte[] data, int start, int width, int[] kind, int[] slot, int numericCount, int factorCount)
    {
        var length = data.Length - start;
        var chunks = Math.Min(Environment.ProcessorCount, length / MinimumChunkBytes);
        if (chunks < 2 || data.AsSpan(start).IndexOf((byte)'"') >= 0)
        {
            return null;
        }

        // Chunk boundaries just after a line feed; each chunk's rows are at most its line feeds (+1 at the end).
        var bounds = new int[chunks + 1];
        bounds[0] = start;
        bounds[chunks] = data.Length;
        for (var c = 1; c < chunks; c++)
        {
            var guess = Math.Max(bounds[c - 1], start + (int)((long)length * c / chunks));
            var nl = data.AsSpan(guess).IndexOf((byte)'\n');
            bounds[c] = nl < 0 ? data.Length : guess + nl + 1;
        }

        var firstLine = new int[chunks];
        var firstRow = new int[chunks + 1];
        firstLine[0] = 2;
        for (var c = 0; c < chunks; c++)
        {
            var newlines = MemoryExtensions.Count(data.AsSpan(bounds[c], bounds[c + 1] - bounds[c]), (byte)'\n');
            var unterminated = bounds[c + 1] > bounds[c] && data[bounds[c + 1] - 1] != '\n' ? 1 : 0;
            firstRow[c + 1] = firstRow[c] + newlines + unterminated;
            if (c + 1 < chunks)
            {
                firstLine[c + 1] = firstLine[c] + newlines;
            }
        }

        var capacity = firstRow[chunks];
        var numeric = new double[numericCount][];
        for (var k = 0; k < numericCount; k++)
        {
            numeric[k] = GC.AllocateUninitializedArray<double>(capacity);
        }

        var codes = new int[factorCount][];
        for (var k = 0; k < factorCount; k++)
        {
            codes[k] = GC.AllocateUninitializedArray<int>(capacity);
        }

        var lines = GC.AllocateUninitializedArray<int>(capacity);
        var parts = new Chunk[chunks];
        var ok = true;
        Parallel.For(0, chunks, c =>
        {
            var chunk = new Chunk(numericCount, factorCount);
            parts[c] = chunk;
            if (!chunk.Parse(data, bounds[c], bounds[c + 1], firstLine[c], firstRow[c], width, kind, slot, numeric, codes, lines))
            {
                ok = false;
            }
        });

        return ok ? Merge(parts, firstRow, numeric, codes, lines) : null;
    }

    /// <summary>Global level numbering, missing counts, and compaction when blank lines left gaps.</summary>
    private static Result Merge(Chunk[] parts, int[] firstRow, double[][] numeric, int[][] codes, int[] lines)
    {
        var numericCount = numeric.Length;
        var factorCount = codes.Length;
        var levels = new List<byte[]>[factorCount];
        var factorMissing = new int[factorCount];
        var numericMissing = new int[numericCount];
        for (var k = 0; k < factorCount; k++)
        {
            levels[k] = [];
            for (var c = 0; c < parts.Length; c++)
            {
                var p = parts[c];
                factorMissing[k] += p.FactorMissing[k];
                var local = p.Levels[k];
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
                    var target = codes[k];
                    for (var i = firstRow[c]; i < firstRow[c] + p.Rows; i++)
                    {
                        target[i] = target[i] < 0 ? -1 : remap[target[i]];
                    }
                }
            }
        }

        for (var k = 0; k < numericCount; k++)
        {
            foreach (var p in parts)
            {
                numericMissing[k] += p.NumericMissing[k];
            }
        }

        var rows = parts.Sum(p => p.Rows);
        if (rows < lines.Length)
        {
            // Blank lines: move each chunk's rows down over the gaps.
            var at = 0;
            for (var c = 0; c < parts.Length; c++)
            {
                var n = parts[c].Rows;
                Array.Copy(lines, firstRow[c], lines, at, n);
                foreach (var column in numeric)
                {
                    Array.Copy(column, firstRow[c], column, at, n);
                }

                foreach (var column in codes)
                {
                    Array.Copy(column, firstRow[c], column, at, n);
                }

                at += n;
            }

            Array.Resize(ref lines, rows);
            for (var k = 0; k < numericCount; k++)
            {
                Array.Resize(ref numeric[k], rows);
            }

            for (var k = 0; k < factorCount; k++)
            {
                Array.Resize(ref codes[k], rows);
            }
        }

        var blankLines = parts.SelectMany(p => p.BlankLines).ToArray();
        return new Result(numeric, numericMissing, codes, levels, factorMissing, lines, blankLines);
    }

    /// <summary>One chunk's parse state: its rows, missing counts and local category levels.</summary>
    private sealed class Chunk
    {
        private readonly ulong[][] _keys;

        public Chunk(int numericCount, int factorCount)
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

        public int[] NumericMissing { get; }

        public int[] FactorMissing { get; }

        public List<byte[]>[] Levels { get; }

        public int Rows { get; private set; }

        public List<int> BlankLines { get; } = [];

        public bool Parse(byte[] data, int from, int to, int firstLine, int firstRow, int width, int[] kind, int[] slot, double[][] numeric, int[][] codes, int[] lines)
        {
            var span = data.AsSpan(0, to);
            var line = firstLine;
            var row = firstRow;
            var p = from;
            while (p < to)
            {
                var b = span[p];
                if (b == '\n')
                {
                    BlankLines.Add(line);
                    p++;
                    line++;
                    continue;
                }

                if (b == '\r')
                {
                    if (p + 1 < to && span[p + 1] == '\n')
                    {
                        BlankLines.Add(line);
                        p += 2;
                        line++;
                        continue;
                    }

                    return false;
                }

                var column = 0;
                while (true)
                {
                    // Cells are short: a plain loop beats a vectorised search here.
                    var cellEnd = p;
                    while (cellEnd < to)
                    {
                        var c = span[cellEnd];
                        if (c == ',' || c == '\n' || c == '\r')
                        {
                            break;
                        }

                        cellEnd++;
                    }

                    if (column < width && kind[column] != 0)
                    {
                        var cell = span[p..cellEnd];
                        var s = slot[column];
                        var missing = cell.Length == 0 || (cell.Length == 2 && cell[0] == 'N' && cell[1] == 'A');
                        if (kind[column] == 1)
                        {
                            if (missing)
                            {
                                numeric[s][row] = double.NaN;
                                NumericMissing[s]++;
                            }
                            else if (ShortDecimal.TryParse(cell, out var v)
                                || (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v)))
                            {
                                numeric[s][row] = v;
                            }
                            else
                            {
                                return false;
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

                    column++;
                    if (cellEnd >= to)
                    {
                        p = to;
                        break;
                    }

                    var end = span[cellEnd];
                    if (end == ',')
                    {
                        p = cellEnd + 1;
                        if (p >= to)
                        {
                            return false; // a trailing comma at the very end: let the sequential parser decide
                        }

                        continue;
                    }

                    if (end == '\r')
                    {
                        if (cellEnd + 1 < to && span[cellEnd + 1] == '\n')
                        {
                            p = cellEnd + 2;
                        }
                        else
                        {
                            return false;
                        }
                    }
                    else
                    {
                        p = cellEnd + 1;
                    }

                    break;
                }

                if (column != width)
                {
                    return false;
                }

                lines[row] = line;
                row++;
                line++;
            }

            Rows = row - firstRow;
            return true;
        }

        /// <summary>The local level of a category cell: packed-key compare for cells of up to 7 bytes.</summary>
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
}
