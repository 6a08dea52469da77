namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// A whole data file read against its dictionary: every record (never a partial set), and how many
/// values each field is missing, so that missingness is reported instead of silently dropped.
/// </summary>
/// <typeparam name="TRecord">The generated record type.</typeparam>
public sealed record CohortDataSet<TRecord>(
    string SourceFile,
    IReadOnlyList<TRecord> Records,
    IReadOnlyList<FieldMissingness> Missing)
{
    /// <summary>Number of records.</summary>
    public int Count => Records.Count;

    /// <summary>Missing values of the field named <paramref name="fieldName"/> (0 when none or unknown).</summary>
    public int MissingCount(string fieldName)
    {
        foreach (var m in Missing)
        {
            if (string.Equals(m.Field, fieldName, StringComparison.Ordinal))
            {
                return m.Count;
            }
        }

        return 0;
    }
}

/// <summary>How many records have no value for a field.</summary>
public sealed record FieldMissingness(string Field, int Count);
