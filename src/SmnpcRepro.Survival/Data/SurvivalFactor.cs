namespace SmnpcRepro.Survival.Data;

/// <summary>
/// A categorical variable for survival analysis (a grouping factor or a stratification factor): one
/// integer code per row into <see cref="Levels"/>, in R's level order. Labels follow R's
/// <c>strata()</c> convention, <c>name=level</c> (e.g. <c>x=Maintained</c>).
/// </summary>
public sealed class SurvivalFactor
{
    private readonly int[] _codes;
    private readonly string[] _levels;

    /// <summary>Creates a factor; codes must lie in 0 … levels − 1 (checked by <see cref="SurvivalData.Create"/>).</summary>
    /// <param name="name">Variable name, used in labels (<c>name=level</c>).</param>
    /// <param name="codes">Per-row level index.</param>
    /// <param name="levels">Level names in order (the first is R's reference level).</param>
    public SurvivalFactor(string name, int[] codes, IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count == 0)
        {
            throw new ArgumentException($"Factor '{name}' has no levels.", nameof(levels));
        }

        Name = name;
        _codes = codes;
        _levels = [.. levels];
    }

    /// <summary>Variable name.</summary>
    public string Name { get; }

    /// <summary>Per-row level codes (0-based).</summary>
    public ReadOnlySpan<int> Codes => _codes;

    /// <summary>Level names in order.</summary>
    public IReadOnlyList<string> Levels => _levels;

    /// <summary>Number of levels.</summary>
    public int LevelCount => _levels.Length;

    /// <summary>R's label of a level, <c>name=level</c>.</summary>
    public string Label(int level) => Name + "=" + _levels[level];

    internal int[] CodeArray => _codes;
}
