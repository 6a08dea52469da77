using System.Globalization;
using SmnpcRepro.Cohort.Runtime;

namespace SmnpcRepro.Pipeline;

/// <summary>The build's one-line summary of a REDCap soft check the cohort failed (<c>validation.strict: false</c>).</summary>
public static class SoftCheckWarning
{
    /// <summary>
    /// <c>data/cohort.csv(12): column 'hb': is above the field's maximum 25 (3 values, first on line 12; …)</c>.
    /// </summary>
    public static string Describe(string file, FieldWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var values = warning.Count == 1 ? "1 value" : string.Create(CultureInfo.InvariantCulture, $"{warning.Count} values");
        return string.Create(CultureInfo.InvariantCulture,
            $"{file}({warning.FirstLine}): column '{warning.Field}': {warning.Rule} ({values}, first on line {warning.FirstLine}; REDCap only warns, and validation.strict: true in data/study.yaml makes each an error)");
    }
}
