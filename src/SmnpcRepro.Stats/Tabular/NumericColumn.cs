namespace SmnpcRepro.Stats.Tabular;

/// <summary>A numeric CSV column: <c>NaN</c> marks a missing cell (empty or <c>NA</c>).</summary>
public sealed record NumericColumn(string Name, double[] Values, int MissingCount);
