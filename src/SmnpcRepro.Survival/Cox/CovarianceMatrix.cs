namespace SmnpcRepro.Survival.Cox;

/// <summary>A symmetric variance–covariance matrix of named coefficients (immutable).</summary>
public sealed class CovarianceMatrix
{
    private readonly double[] _values;

    internal CovarianceMatrix(IReadOnlyList<string> names, double[] values)
    {
        if (values.Length != names.Count * names.Count)
        {
            throw new ArgumentException("Matrix size does not match the names.", nameof(values));
        }

        Names = names;
        _values = values;
    }

    /// <summary>The coefficient names, in row/column order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of rows (= columns).</summary>
    public int Size => Names.Count;

    /// <summary>Entry (i, j).</summary>
    public double this[int i, int j] => _values[(i * Size) + j];

    /// <summary>The entries row-major.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>The matrix as rows (for JSON).</summary>
    public double[][] ToRows()
    {
        var rows = new double[Size][];
        for (var i = 0; i < Size; i++)
        {
            rows[i] = _values.AsSpan(i * Size, Size).ToArray();
        }

        return rows;
    }
}
