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
    /// <summary>
    /// REDCap's soft checks, counted per field and rule: values outside the validation minimum or maximum
    /// and required fields left empty, which REDCap itself allows (it only warns); empty under a strict reader,
    /// which makes them errors.
    /// </summary>
    public IReadOnlyList<FieldWarning> Warnings { get; init; } = [];

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

/// <summary>A soft check a field failed <paramref name="Count"/> times, first on file line <paramref name="FirstLine"/>.</summary>
public sealed record FieldWarning(string Field, string Rule, int Count, int FirstLine);
