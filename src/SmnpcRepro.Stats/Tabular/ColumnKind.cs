namespace SmnpcRepro.Stats.Tabular;

/// <summary>How <see cref="CsvFrame"/> reads a column of the file.</summary>
internal enum ColumnKind : byte
{
    /// <summary>Not used by the analysis: tokenized, never parsed.</summary>
    Skipped,

    /// <summary>Numbers (<c>NaN</c> for a missing cell).</summary>
    Numeric,

    /// <summary>Level codes (−1 for a missing cell).</summary>
    Factor,
}
