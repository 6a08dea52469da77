using SmnpcRepro.Stats.Tabular;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Stats.Input;

/// <summary>
/// The rows of a CSV ready for analysis: validated <see cref="SurvivalData"/> over the complete rows, and
/// an account of the rows dropped for a missing value (R's <c>na.omit</c>), per column.
/// </summary>
public sealed class SurvivalCsvTable
{
    internal SurvivalCsvTable(SurvivalData data, int rowsRead, IReadOnlyDictionary<string, int> droppedByColumn, int rowsDropped, int blankLines, IReadOnlyList<int> droppedLines, IReadOnlyDictionary<string, double[]> numeric, IReadOnlyDictionary<string, FactorColumn> factors)
    {
        Data = data;
        RowsRead = rowsRead;
        DroppedByColumn = droppedByColumn;
        RowsDropped = rowsDropped;
        BlankLines = blankLines;
        DroppedLines = droppedLines;
        NumericCovariates = numeric;
        FactorCovariates = factors;
    }

    /// <summary>The complete rows.</summary>
    public SurvivalData Data { get; }

    /// <summary>Lines after the header: data rows and blank lines.</summary>
    public int RowsRead { get; }

    /// <summary>Rows dropped because a used column was missing, and blank lines.</summary>
    public int RowsDropped { get; }

    /// <summary>Blank lines after the header (each counted in <see cref="RowsDropped"/>).</summary>
    public int BlankLines { get; }

    /// <summary>Missing cells per used column, among the rows read (a row may miss several).</summary>
    public IReadOnlyDictionary<string, int> DroppedByColumn { get; }

    /// <summary>File lines (1-based, header = 1) of the first dropped rows and blank lines, ascending (at most <see cref="SurvivalCsvInput.DroppedLinesListed"/>).</summary>
    public IReadOnlyList<int> DroppedLines { get; }

    /// <summary>Requested numeric covariates over the kept rows.</summary>
    public IReadOnlyDictionary<string, double[]> NumericCovariates { get; }

    /// <summary>Requested categorical covariates over the kept rows (levels as in the file).</summary>
    public IReadOnlyDictionary<string, FactorColumn> FactorCovariates { get; }
}
