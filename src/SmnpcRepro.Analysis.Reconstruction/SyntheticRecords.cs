using System.Text;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// Turns synthetic columns (cells by dictionary field name) into typed records through the generated reader, so
/// the synthetic cohort obeys the dictionary exactly as the committed CSV must: every column the dictionary has is
/// written, empty where the synthesizer gives no values.
/// </summary>
internal static class SyntheticRecords
{
    /// <summary>Reads <paramref name="rows"/> records from <paramref name="columns"/>.</summary>
    /// <exception cref="SmnpcRepro.Cohort.Runtime.CohortDataException">A column breaks the dictionary (e.g. a required field the synthesizer cannot fill).</exception>
    public static IReadOnlyList<CohortRecord> Read(IReadOnlyDictionary<string, string[]> columns, int rows)
    {
        var header = CohortCsv.Header.Split(',');
        var text = new StringBuilder();
        text.Append(CohortCsv.Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            for (var c = 0; c < header.Length; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                if (columns.TryGetValue(header[c], out var cells))
                {
                    text.Append(cells[i]);
                }
            }

            text.Append('\n');
        }

        return CohortCsv.Parse(text.ToString(), "the synthetic cohort (smnpc reconstruct)").Records;
    }
}
