namespace SmnpcRepro.Survival.Cox.Design;

/// <summary>
/// One named covariate of a Cox model, as plain arrays: a numeric column (<c>NaN</c> = missing) or a
/// categorical column as codes into its levels (−1 = missing). Together with <see cref="DesignMatrix"/> it
/// plays the part of R's model frame and <c>model.matrix</c>.
/// </summary>
public sealed class CovariateSpec
{
    private CovariateSpec(string name, CovariateKind kind, double[]? values, int[]? codes, string[] levels, string? reference)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A covariate needs a name.", nameof(name));
        }

        Name = name;
        Kind = kind;
        ValueArray = values;
        CodeArray = codes;
        Levels = levels;
        Reference = reference;
    }

    /// <summary>The term's name, as R would print it (e.g. <c>age</c> or <c>factor(ph.ecog)</c>).</summary>
    public string Name { get; }

    /// <summary>How the covariate is coded.</summary>
    public CovariateKind Kind { get; }

    /// <summary>The numeric values (numeric covariates only).</summary>
    public IReadOnlyList<double>? Values => ValueArray;

    /// <summary>The level codes, −1 = missing (factor and ordinal covariates only).</summary>
    public IReadOnlyList<int>? Codes => CodeArray;

    /// <summary>The levels in their order (factor and ordinal covariates; empty for numeric ones).</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>The reference level of a factor (the first level unless chosen).</summary>
    public string? Reference { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => ValueArray?.Length ?? CodeArray!.Length;

    internal double[]? ValueArray { get; }

    internal int[]? CodeArray { get; }

    /// <summary>A numeric covariate entered linearly (one coefficient per unit).</summary>
    public static CovariateSpec Numeric(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new CovariateSpec(name, CovariateKind.Numeric, values, null, [], null);
    }

    /// <summary>
    /// A factor with treatment contrasts; <paramref name="levels"/> are in the factor's order and
    /// <paramref name="reference"/> (default: the first level) gets no column.
    /// </summary>
    public static CovariateSpec Factor(string name, int[] codes, IReadOnlyList<string> levels, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(levels);
        var levelArray = CheckCodes(name, codes, levels);
        if (levelArray.Length < 2)
        {
            throw new ArgumentException($"Factor '{name}' needs at least two levels, it has {levelArray.Length}.", nameof(levels));
        }

        reference ??= levelArray[0];
        if (Array.IndexOf(levelArray, reference) < 0)
        {
            throw new ArgumentException($"Factor '{name}': reference level '{reference}' is not one of its levels ({string.Join(", ", levelArray)}).", nameof(reference));
        }

        return new CovariateSpec(name, CovariateKind.Factor, null, codes, levelArray, reference);
    }

    /// <summary>
    /// A factor from raw values (<c>null</c> = missing) with its levels in R's default order (see
    /// <see cref="FactorLevels.InROrder"/>).
    /// </summary>
    public static CovariateSpec Factor(string name, IReadOnlyList<string?> values, string? reference = null)
    {
        var levels = FactorLevels.InROrder(values);
        return Factor(name, FactorLevels.Encode(values, levels, name), levels, reference);
    }

    /// <summary>
    /// An ordinal covariate: the level's position in <paramref name="levels"/> (0, 1, 2, ...) enters as one
    /// numeric column, so the hazard ratio is per step.
    /// </summary>
    public static CovariateSpec Ordinal(string name, int[] codes, IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(levels);
        var levelArray = CheckCodes(name, codes, levels);
        return new CovariateSpec(name, CovariateKind.Ordinal, null, codes, levelArray, null);
    }

    /// <summary>
    /// An ordinal covariate from raw values, with the step order given by <paramref name="order"/>
    /// (default: R's default level order).
    /// </summary>
    public static CovariateSpec Ordinal(string name, IReadOnlyList<string?> values, IReadOnlyList<string>? order = null)
    {
        var levels = order?.ToArray() ?? FactorLevels.InROrder(values);
        return Ordinal(name, FactorLevels.Encode(values, levels, name), levels);
    }

    /// <summary>True when row <paramref name="row"/> has no value.</summary>
    public bool IsMissing(int row) => ValueArray is { } v ? double.IsNaN(v[row]) : CodeArray![row] < 0;

    private static string[] CheckCodes(string name, int[] codes, IReadOnlyList<string> levels)
    {
        var levelArray = levels.ToArray();
        if (levelArray.Distinct(StringComparer.Ordinal).Count() != levelArray.Length)
        {
            throw new ArgumentException($"Covariate '{name}' lists a level twice.", nameof(levels));
        }

        for (var r = 0; r < codes.Length; r++)
        {
            if (codes[r] >= levelArray.Length || codes[r] < -1)
            {
                throw new ArgumentException($"Covariate '{name}': code {codes[r]} in row {r + 1} is not a level index (0..{levelArray.Length - 1}, or -1 for missing).", nameof(codes));
            }
        }

        return levelArray;
    }
}
