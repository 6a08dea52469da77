namespace SmnpcRepro.Stats.Tabular;

/// <summary>
/// A categorical CSV column as integer codes into <see cref="Levels"/> (-1 = missing), with R's levels
/// (<see cref="Levels.RFactorLevels"/>): when every value is a number, one level per number in numeric
/// order labelled as R prints it (<see cref="IsNumeric"/>); otherwise one per spelling in ordinal text order.
/// </summary>
public sealed record FactorColumn(string Name, int[] Codes, string[] Levels, int MissingCount, bool IsNumeric = false);
