namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// A categorical CSV column as integer codes into <see cref="Levels"/> (-1 = missing). Levels are in
/// R's default order: numerically ascending when every level is a number, otherwise sorted by ordinal text.
/// </summary>
public sealed record FactorColumn(string Name, int[] Codes, string[] Levels, int MissingCount);
