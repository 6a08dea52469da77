using System.Globalization;
using System.IO.Compression;
using System.Text;
using SmnpcRepro.Csv;
using SmnpcRepro.Stats.Levels;
using SmnpcRepro.Survival.Memory;

namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// The columns of a CSV file that an analysis asks for, read from the UTF-8 bytes with the repository's one
/// CSV tokenizer (<see cref="CsvTokenizer{T}"/>) and number parser (<see cref="CsvNumber"/>), no string per
/// cell, in parallel parts for large files (<see cref="CsvColumnReader"/>), so that 10^7-row files load in
/// about a second. Accepts <c>.csv.gz</c>. Empty cells and <c>NA</c> are missing values and are counted;
/// anything else that is not a number where a number belongs is an error naming file, line and column.
/// </summary>
public sealed class CsvFrame
{
    private readonly Dictionary<string, NumericColumn> _numeric;
    private readonly Dictionary<string, FactorColumn> _factors;

    private CsvFrame(string file, IReadOnlyList<string> header, int rowCount, RowLines lines, int[] blankLines, Dictionary<string, NumericColumn> numeric, Dictionary<string, FactorColumn> factors)
    {
        File = file;
        Header = header;
        RowCount = rowCount;
        Lines = lines;
        BlankLines = blankLines;
        _numeric = numeric;
        _factors = factors;
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount { get; }

    /// <summary>The file line (1-based) of each data row, for error messages about a row.</summary>
    public RowLines Lines { get; }

    /// <summary>The column names of the header line, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>File lines (ascending) after the header that are empty: no row, but not silently gone.</summary>
    public int[] BlankLines { get; }

    /// <summary>1-based position of a column in the header (each name used is unique; see <see cref="Load"/>).</summary>
    public int ColumnNumber(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"There is no column '{name}'.", nameof(name));
    }

    /// <summary>A numeric column that was asked for at load time.</summary>
    public NumericColumn Numeric(string name) => _numeric.TryGetValue(name, out var c) ? c
        : throw new ArgumentException($"Column '{name}' was not loaded as numeric.", nameof(name));

    /// <summary>A categorical column that was asked for at load time.</summary>
    public FactorColumn Factor(string name) => _factors.TryGetValue(name, out var c) ? c
        : throw new ArgumentException($"Column '{name}' was not loaded as a factor.", nameof(name));

    /// <summary>Reads <paramref name="path"/>, keeping only the named columns.</summary>
    /// <exception cref="CsvFrameException">The file is missing, a column does not exist, or a cell is malformed.</exception>
    public static CsvFrame Load(string path, IReadOnlyCollection<string> numericColumns, IReadOnlyCollection<string> factorColumns)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            throw new CsvFrameException($"{path}: error: the file does not exist.");
        }

        return Parse(ReadBytes(path), path, numericColumns, factorColumns);
    }

    /// <summary>Parses CSV bytes (UTF-8) already in memory; <paramref name="file"/> names them in errors.</summary>
    public static CsvFrame Parse(ReadOnlyMemory<byte> data, string file, IReadOnlyCollection<string> numericColumns, IReadOnlyCollection<string> factorColumns)
    {
        ArgumentNullException.ThrowIfNull(numericColumns);
        ArgumentNullException.ThrowIfNull(factorColumns);
        var tokenizer = CsvTokenizer<byte>.ForFile(data);
        if (!tokenizer.Next() || (tokenizer.CellCount == 1 && tokenizer.Cell(0).IsEmpty))
        {
            throw new CsvFrameException($"{file}(1): error: the file is empty; it needs a header line.");
        }

        if (tokenizer.RowIsMalformed)
        {
            var e = tokenizer.Errors[0];
            throw new CsvFrameException(string.Create(CultureInfo.InvariantCulture, $"{file}({e.Line},{e.Column}): error: {e.Rule}."));
        }

        var header = new List<string>(tokenizer.CellCount);
        for (var c = 0; c < tokenizer.CellCount; c++)
        {
            header.Add(Encoding.UTF8.GetString(tokenizer.Cell(c)));
        }

        var headerLine = tokenizer.Line;
        var numericNames = numericColumns.ToArray();
        var factorNames = factorColumns.ToArray();
        var kind = new ColumnKind[header.Count];
        var slot = new int[header.Count];
        Assign(numericNames, ColumnKind.Numeric);
        Assign(factorNames, ColumnKind.Factor);

        var layout = new CsvColumnLayout(file, header, kind, slot, numericNames.Length, factorNames.Length);
        var parsed = CsvColumnReader.Read(data[tokenizer.Position..], headerLine + 1, layout);

        var numeric = new Dictionary<string, NumericColumn>(StringComparer.Ordinal);
        for (var i = 0; i < numericNames.Length; i++)
        {
            numeric[numericNames[i]] = new NumericColumn(numericNames[i], parsed.Numeric[i], parsed.NumericMissing[i]);
        }

        var factors = new Dictionary<string, FactorColumn>(StringComparer.Ordinal);
        for (var i = 0; i < factorNames.Length; i++)
        {
            factors[factorNames[i]] = BuildFactor(factorNames[i], parsed.FactorCodes[i], parsed.FactorLevels[i], parsed.FactorMissing[i]);
        }

        return new CsvFrame(file, header, parsed.Lines.RowCount, parsed.Lines, parsed.BlankLines, numeric, factors);

        void Assign(string[] names, ColumnKind k)
        {
            for (var i = 0; i < names.Length; i++)
            {
                var index = header.IndexOf(names[i]);
                if (index < 0)
                {
                    throw new CsvFrameException(string.Create(CultureInfo.InvariantCulture,
                        $"{file}({headerLine}): error: there is no column '{names[i]}'; the columns are: {string.Join(", ", header)}."));
                }

                var again = header.IndexOf(names[i], index + 1);
                if (again >= 0)
                {
                    throw new CsvFrameException(string.Create(CultureInfo.InvariantCulture,
                        $"{file}({headerLine},{again + 1}): error: column '{names[i]}' is named twice in the header, at columns {index + 1} and {again + 1}; rename one so that the analysis uses the column you mean."));
                }

                if (kind[index] != ColumnKind.Skipped && kind[index] != k)
                {
                    throw new CsvFrameException(string.Create(CultureInfo.InvariantCulture,
                        $"{file}({headerLine}): error: column '{names[i]}' is asked for both as a number and as a group."));
                }

                kind[index] = k;
                slot[index] = i;
            }
        }
    }

    /// <summary>The file's bytes; a <c>.gz</c> file is decompressed into one buffer sized from its trailer (no second copy).</summary>
    private static ReadOnlyMemory<byte> ReadBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var handle = System.IO.File.OpenHandle(path);
            var length = System.IO.RandomAccess.GetLength(handle);
            if (length > Array.MaxLength)
            {
                throw new CsvFrameException($"{path}: error: the file is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than one buffer can hold.");
            }

            var bytes = LargeArrays.AllocateUninitialized<byte>((int)length);
            var read = 0;
            while (read < bytes.Length)
            {
                var n = System.IO.RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return new ReadOnlyMemory<byte>(bytes, 0, read);
        }

        using var file = System.IO.File.OpenRead(path);
        var capacity = 0;
        if (file.Length >= 18)
        {
            // ISIZE, the last 4 bytes of a gzip member: the uncompressed length modulo 2^32 (a hint only).
            Span<byte> size = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(size);
            file.Seek(0, SeekOrigin.Begin);
            capacity = (int)Math.Min(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size), (uint)Array.MaxLength);
        }

        using var gz = new GZipStream(file, CompressionMode.Decompress);
        var buffer = LargeArrays.AllocateUninitialized<byte>(Math.Max(capacity + 1, 4096));
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                // The trailer's size was only a hint (a file over 4 GiB, or several members): grow.
                var grown = LargeArrays.AllocateUninitialized<byte>((int)Math.Min(Array.MaxLength, 2L * buffer.Length));
                if (grown.Length == buffer.Length)
                {
                    throw new CsvFrameException($"{path}: error: the decompressed file is more than one buffer can hold.");
                }

                buffer.AsSpan(0, filled).CopyTo(grown);
                buffer = grown;
            }

            var n = gz.Read(buffer, filled, buffer.Length - filled);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        return new ReadOnlyMemory<byte>(buffer, 0, filled);
    }

    private static FactorColumn BuildFactor(string name, int[] codes, List<byte[]> levelBytes, int missing)
    {
        var spellings = levelBytes.Select(b => Encoding.UTF8.GetString(b)).ToArray();
        var (levels, remap, numeric) = RFactorLevels.Of(spellings);
        var identity = true;
        for (var l = 0; l < remap.Length; l++)
        {
            identity &= remap[l] == l;
        }

        if (!identity)
        {
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = codes[i] < 0 ? -1 : remap[codes[i]];
            }
        }

        return new FactorColumn(name, codes, levels, missing, numeric);
    }
}
