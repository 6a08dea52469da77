using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Levels;
using SmnpcRepro.Stats.Tabular;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Stats.Cox;

/// <summary>
/// What <c>smnpc stats cox</c> asked for, read from the CSV under the same input contract as every stats
/// verb (<see cref="SurvivalCsvInput"/>: codes, missing rows, blank lines, times, levels) into the Cox
/// model's input. <see cref="Table"/> accounts for the rows read and dropped.
/// </summary>
public sealed record CoxInput(CoxData Data, SurvivalCsvTable Table)
{
    /// <summary>Loads only the columns the model uses.</summary>
    /// <exception cref="SurvivalInputException">The file or a value cannot be used; the message names file, line and column.</exception>
    public static CoxInput Load(CoxRequest request, CoxCovariateList covariates)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(covariates);
        var numeric = covariates.Terms.Where(t => t.Kind == CoxCovariateKind.Numeric).Select(t => t.Column).ToList();
        var factors = covariates.Terms.Where(t => t.Kind != CoxCovariateKind.Numeric).Select(t => t.Column).ToList();
        if (request.Cluster is not null)
        {
            factors.Add(request.Cluster);
        }

        SurvivalCsvTable table;
        try
        {
            table = SurvivalCsvInput.Load(request.Input with { NumericCovariates = numeric.Distinct().ToArray(), FactorCovariates = factors.Distinct().ToArray() });
        }
        catch (SurvivalInputException e) when (e.Message.Contains("must be a number with", StringComparison.Ordinal))
        {
            throw new SurvivalInputException(e.Message + " A text column enters the model as factor(column) in --covariates.");
        }

        var file = request.Input.Path;
        var specs = new List<CovariateSpec>();
        try
        {
            foreach (var term in covariates.Terms)
            {
                specs.Add(term.Kind switch
                {
                    CoxCovariateKind.Numeric => CovariateSpec.Numeric(term.Name, table.NumericCovariates[term.Column]),
                    CoxCovariateKind.Ordinal => CovariateSpec.Ordinal(term.Name, table.FactorCovariates[term.Column].Codes, table.FactorCovariates[term.Column].Levels),
                    _ => Factor(table.FactorCovariates[term.Column], term),
                });
            }
        }
        catch (ArgumentException e)
        {
            throw new SurvivalInputException($"{file}: error: {e.Message}");
        }

        var time = table.Data.Time.ToArray();
        var status = Survival.Memory.LargeArrays.AllocateUninitialized<double>(time.Length);
        var events = table.Data.Status;
        for (var i = 0; i < status.Length; i++)
        {
            status[i] = events[i];
        }

        var data = new CoxData(time, status, specs)
        {
            Strata = table.Data.Strata is { } strata ? Grouping(strata) : null,
            Cluster = request.Cluster is null ? null : Grouping(table.FactorCovariates[request.Cluster]),
        };
        return new CoxInput(data, table);
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

    private static GroupingColumn Grouping(SurvivalFactor factor) => new(factor.Name, factor.Codes.ToArray(), factor.Levels);
}
