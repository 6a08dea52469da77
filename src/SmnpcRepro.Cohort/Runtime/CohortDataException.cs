namespace SmnpcRepro.Cohort.Runtime;

/// <summary>
/// Thrown when a data file breaks the dictionary's rules. Carries every error found, not only the
/// first, so one run shows a person everything to fix; no partial cohort is ever returned.
/// </summary>
public sealed class CohortDataException : Exception
{
    /// <summary>Creates the exception from every error found.</summary>
    public CohortDataException(IReadOnlyList<DataError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every broken rule, in file order.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    private static string Describe(IReadOnlyList<DataError> errors)
    {
        const int shown = 50;
        var lines = errors.Take(shown).Select(e => e.ToString());
        var more = errors.Count > shown ? [$"... and {errors.Count - shown} more"] : Array.Empty<string>();
        var head = errors.Count == 1 ? "1 data error" : $"{errors.Count} data errors";
        return string.Join(Environment.NewLine, new[] { head + ":" }.Concat(lines).Concat(more));
    }
}
