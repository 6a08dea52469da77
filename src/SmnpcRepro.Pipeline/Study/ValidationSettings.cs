namespace SmnpcRepro.Pipeline.Study;

/// <summary>
/// How strictly the build reads the cohort (<c>validation:</c> in <c>data/study.yaml</c>).
/// </summary>
/// <param name="Strict">
/// <c>validation.strict</c>. False (the default), as REDCap does: a value outside the dictionary's
/// validation minimum or maximum, or a required field left empty where the record type allows it, is a
/// warning counted per field and listed by <c>smnpc build</c>. True: each is an error at its file, line and
/// column, and <c>build</c> and <c>check</c> stop. What REDCap itself refuses (a non-number in a number field,
/// an unknown choice, a malformed date or e-mail address) is an error either way.
/// </param>
public sealed record ValidationSettings(bool Strict)
{
    /// <summary>The settings of a study that does not say: REDCap's own (soft checks are warnings).</summary>
    public static ValidationSettings Default { get; } = new(Strict: false);
}
