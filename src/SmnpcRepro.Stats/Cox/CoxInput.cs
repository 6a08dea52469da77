using System.Globalization;
using SmnpcRepro.Stats.Levels;
using SmnpcRepro.Stats.Tabular;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Stats.Cox;

/// <summary>What <c>smnpc stats cox</c> asked for, read from the CSV into the Cox model's input.</summary>
public sealed record CoxInput(string File, CoxData Data, CsvFrame Frame)
{
    /// <summary>Loads only the columns the model uses; errors name file, line and column.</summary>
    /// <exception cref="CoxInputException">The file or a value cannot be used.</exception>
    public static CoxInput Load(string path, string time, string @event, CoxCovariateList covariates, string? strata, string? cluster)
    {
        var numeric = new List<string> { time, @event };
        var factors = new List<string>();
        foreach (var term in covariates.Terms)
        {
            (term.Kind == CoxCovariateKind.Numeric ? numeric : factors).Add(term.Column);
        }

        if (strata is not null)
        {
            factors.Add(strata);
        }

        if (cluster is not null)
        {
            factors.Add(cluster);
        }

        CsvFrame frame;
        try
        {
            frame = CsvFrame.Load(path, numeric.Distinct().ToArray(), factors.Distinct().ToArray());
        }
        catch (CsvFrameException e)
        {
            var hint = e.Message.Contains("must be a number", StringComparison.Ordinal)
                ? " A text column enters the model as factor(column) in --covariates."
                : string.Empty;
            throw new CoxInputException(e.Message + hint);
        }

        var status = frame.Numeric(@event).Values;
        for (var row = 0; row < status.Length; row++)
        {
            var s = status[row];
            if (!double.IsNaN(s) && s != 0 && s != 1)
            {
                throw new CoxInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}({frame.Lines[row]},{CoxCsvHeader.PositionOf(path, @event)}): error: column '{@event}' value '{s}': the event column must be 1 (event) or 0 (censored), or empty/NA for missing."));
            }
        }

        var specs = new List<CovariateSpec>();
        try
        {
            foreach (var term in covariates.Terms)
            {
                specs.Add(term.Kind switch
                {
                    CoxCovariateKind.Numeric => CovariateSpec.Numeric(term.Name, frame.Numeric(term.Column).Values),
                    CoxCovariateKind.Ordinal => CovariateSpec.Ordinal(term.Name, frame.Factor(term.Column).Codes, frame.Factor(term.Column).Levels),
                    _ => Factor(frame.Factor(term.Column), term),
                });
            }
        }
        catch (ArgumentException e)
        {
            throw new CoxInputException($"{path}: error: {e.Message}");
        }

        var data = new CoxData(frame.Numeric(time).Values, status, specs)
        {
            Strata = strata is null ? null : Grouping(frame.Factor(strata)),
            Cluster = cluster is null ? null : Grouping(frame.Factor(cluster)),
        };
        return new CoxInput(path, data, frame);
    }

    private static CovariateSpec Factor(FactorColumn column, CoxCovariateTerm term)
    {
        var reference = term.Reference is null ? null : RFactorLevels.Normalize(term.Reference, column.IsNumeric);
        if (reference is not null && !column.Levels.Contains(reference))
        {
            throw new ArgumentException($"--ref {term.Column}={term.Reference}: the levels of '{term.Column}' are {string.Join(", ", column.Levels)}.");
        }

        if (column.Levels.Length < 2)
        {
            throw new ArgumentException($"column '{term.Column}' has {column.Levels.Length} level(s); a factor needs at least two.");
        }

        return CovariateSpec.Factor(term.Name, column.Codes, column.Levels, reference);
    }

    private static GroupingColumn Grouping(FactorColumn column) => new(column.Name, column.Codes, column.Levels);
}

/// <summary>Input that <c>smnpc stats cox</c> cannot use; the message names file, line and column where it can.</summary>
public sealed class CoxInputException(string message) : Exception(message);
