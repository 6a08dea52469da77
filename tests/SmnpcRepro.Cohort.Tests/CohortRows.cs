namespace SmnpcRepro.Cohort.Tests;

/// <summary>Builds cohort CSV text: a valid row per patient, with any cell overridden by column name.</summary>
internal static class CohortRows
{
    public static readonly string[] Columns = CohortCsv.Header.Split(',');

    private static readonly Dictionary<string, string> Valid = new(StringComparer.Ordinal)
    {
        ["record_id"] = "1", ["sex"] = "1", ["age"] = "50", ["pathology"] = "1", ["kps_preop"] = "80",
        ["frankel_preop"] = "5", ["visceral_mets"] = "0", ["spine_level"] = "2", ["spine_mets_number"] = "1",
        ["metastasis_timing"] = "1", ["mit"] = "24.5", ["hb"] = "12.1", ["alb"] = "40", ["ldh"] = "200",
        ["alp"] = "90", ["ki67"] = "30", ["surgical_option"] = "1", ["blood_loss"] = "800",
        ["operation_time"] = "240", ["os_months"] = "18.2", ["death"] = "1",
    };

    /// <summary>A data line for patient <paramref name="id"/>; <paramref name="cells"/> are "column=value" overrides.</summary>
    public static string Row(int id, params string[] cells)
    {
        var values = new Dictionary<string, string>(Valid, StringComparer.Ordinal) { ["record_id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var cell in cells)
        {
            var eq = cell.IndexOf('=', StringComparison.Ordinal);
            values[cell[..eq]] = cell[(eq + 1)..];
        }

        // A column this helper has no value for (a field added to the dictionary later) is left empty.
        return string.Join(',', Columns.Select(c => values.GetValueOrDefault(c, string.Empty)));
    }

    /// <summary>Header and rows, LF-terminated.</summary>
    public static string File(params string[] rows) => CohortCsv.Header + "\n" + string.Concat(rows.Select(r => r + "\n"));
}
