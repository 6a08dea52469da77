using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// A grouping variable that is not a covariate: the strata of a stratified Cox model (R's
/// <c>strata()</c>) or the clusters of a robust variance (R's <c>cluster()</c>). Codes index
/// <see cref="Labels"/>; −1 = missing.
/// </summary>
public sealed class GroupingColumn
{
    /// <summary>Creates a grouping column from codes and labels.</summary>
    public GroupingColumn(string name, int[] codes, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(labels);
        Name = name;
        CodeArray = codes;
        Labels = labels.ToArray();
        foreach (var c in codes)
        {
            if (c < -1 || c >= Labels.Count)
            {
                throw new ArgumentException($"Grouping '{name}': code {c} is not a label index.", nameof(codes));
            }
        }
    }

    /// <summary>The variable's name.</summary>
    public string Name { get; }

    /// <summary>The group code of each row (−1 = missing).</summary>
    public IReadOnlyList<int> Codes => CodeArray;

    /// <summary>The group labels in R's order.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal int[] CodeArray { get; }

    /// <summary>Groups from raw values (<c>null</c> = missing), labels in R's default order.</summary>
    public static GroupingColumn FromValues(string name, IReadOnlyList<string?> values)
    {
        var labels = FactorLevels.InROrder(values);
        return new GroupingColumn(name, FactorLevels.Encode(values, labels, name), labels);
    }

    /// <summary>Groups from numbers (<c>NaN</c> = missing), labels sorted numerically.</summary>
    public static GroupingColumn FromNumbers(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Where(v => !double.IsNaN(v)).Distinct().Order().ToArray();
        var index = new Dictionary<double, int>();
        for (var i = 0; i < distinct.Length; i++)
        {
            index[distinct[i]] = i;
        }

        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = double.IsNaN(values[i]) ? -1 : index[values[i]];
        }

        var labels = distinct.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new GroupingColumn(name, codes, labels);
    }
}
