using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>
/// The numeric design matrix of a Cox model built from named covariates (R's <c>model.matrix</c> without
/// the intercept): numeric columns as they are, factors as treatment-contrast indicators against their
/// reference level, ordinal covariates as level positions. Columns are stored column-major, one array each;
/// when every row is kept, a numeric column is the covariate's own array (as <see cref="CovariateSpec"/>
/// holds it), not a copy.
/// </summary>
public sealed class DesignMatrix
{
    private readonly double[][] _columns;

    private DesignMatrix(int rowCount, double[][] columns, DesignColumn[] columnInfo, DesignTerm[] terms, int[] sourceRows)
    {
        RowCount = rowCount;
        _columns = columns;
        Columns = columnInfo;
        Terms = terms;
        SourceRows = sourceRows;
    }

    /// <summary>Number of rows (the rows kept).</summary>
    public int RowCount { get; }

    /// <summary>The columns, in model order.</summary>
    public IReadOnlyList<DesignColumn> Columns { get; }

    /// <summary>The terms, in the order the covariates were given.</summary>
    public IReadOnlyList<DesignTerm> Terms { get; }

    /// <summary>For each design row, the index of the row in the covariates' input arrays.</summary>
    public IReadOnlyList<int> SourceRows { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>The values of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Column(int column) => _columns[column];

    internal double[] ColumnArray(int column) => _columns[column];

    /// <summary>
    /// Builds the design matrix from <paramref name="covariates"/> on the rows <paramref name="rows"/>
    /// (indices into the covariate arrays; default: every row, which then must have no missing value).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// No covariates, arrays of different lengths, two covariates with one name, a missing or infinite value
    /// in a kept row, or a factor level (reference included) with no kept rows.
    /// </exception>
    public static DesignMatrix Build(IReadOnlyList<CovariateSpec> covariates, IReadOnlyList<int>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Count == 0)
        {
            throw new ArgumentException("A Cox model needs at least one covariate.", nameof(covariates));
        }

        var length = covariates[0].RowCount;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in covariates)
        {
            if (c.RowCount != length)
            {
                throw new ArgumentException($"Covariate '{c.Name}' has {c.RowCount} rows, '{covariates[0].Name}' has {length}.", nameof(covariates));
            }

            if (!names.Add(c.Name))
            {
                throw new ArgumentException($"Covariate '{c.Name}' is given twice.", nameof(covariates));
            }
        }

        var source = rows?.ToArray() ?? Enumerable.Range(0, length).ToArray();
        foreach (var r in source)
        {
            if ((uint)r >= (uint)length)
            {
                throw new ArgumentException($"Row index {r} is outside 0..{length - 1}.", nameof(rows));
            }
        }

        var n = source.Length;
        var columns = new List<double[]>();
        var info = new List<DesignColumn>();
        var terms = new List<DesignTerm>();
        foreach (var c in covariates)
        {
            var termIndex = terms.Count;
            var first = columns.Count;
            switch (c.Kind)
            {
                case CovariateKind.Numeric:
                    columns.Add(NumericColumn(c, source));
                    info.Add(new DesignColumn(c.Name, termIndex, null));
                    break;
                case CovariateKind.Ordinal:
                    columns.Add(OrdinalColumn(c, source));
                    info.Add(new DesignColumn(c.Name, termIndex, null));
                    break;
                default:
                    foreach (var (level, column) in FactorColumns(c, source))
                    {
                        columns.Add(column);
                        info.Add(new DesignColumn(c.Name + level, termIndex, level));
                    }

                    break;
            }

            terms.Add(new DesignTerm(c.Name, c.Kind, Enumerable.Range(first, columns.Count - first).ToArray(), c.Levels, c.Reference));
        }

        return new DesignMatrix(n, [.. columns], [.. info], [.. terms], source);
    }

    private static double[] NumericColumn(CovariateSpec c, int[] source)
    {
        var values = c.ValueArray!;
        var identity = source.Length == values.Length;
        for (var i = 0; i < source.Length && identity; i++)
        {
            identity = source[i] == i;
        }

        var column = identity ? values : new double[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var v = values[source[i]];
            if (!double.IsFinite(v))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Covariate '{c.Name}' is {(double.IsNaN(v) ? "missing" : "infinite")} in row {source[i] + 1}, which the model uses."));
            }

            if (!identity)
            {
                column[i] = v;
            }
        }

        return column;
    }

    private static double[] OrdinalColumn(CovariateSpec c, int[] source)
    {
        var codes = c.CodeArray!;
        var column = new double[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var code = codes[source[i]];
            if (code < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Covariate '{c.Name}' is missing in row {source[i] + 1}, which the model uses."));
            }

            column[i] = code;
        }

        return column;
    }

    private static IEnumerable<(string Level, double[] Column)> FactorColumns(CovariateSpec c, int[] source)
    {
        var codes = c.CodeArray!;
        var levels = c.Levels;
        var counts = new int[levels.Count];
        foreach (var r in source)
        {
            var code = codes[r];
            if (code < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Factor '{c.Name}' is missing in row {r + 1}, which the model uses."));
            }

            counts[code]++;
        }

        for (var l = 0; l < levels.Count; l++)
        {
            if (counts[l] == 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Factor '{c.Name}': level '{levels[l]}' has no rows among the {source.Length} analysed; drop or merge the level{(levels[l] == c.Reference ? " or choose another reference" : string.Empty)}."));
            }
        }

        var reference = IndexOf(levels, c.Reference!);
        var result = new List<(string, double[])>(levels.Count - 1);
        for (var l = 0; l < levels.Count; l++)
        {
            if (l == reference)
            {
                continue;
            }

            var column = new double[source.Length];
            for (var i = 0; i < source.Length; i++)
            {
                column[i] = codes[source[i]] == l ? 1.0 : 0.0;
            }

            result.Add((levels[l], column));
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
