using System.Globalization;
using SmnpcRepro.Survival.Cox.Design;
using SmnpcRepro.Survival.Data;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// Cox proportional hazards regression equal to R's <c>survival::coxph</c> (3.5-3) for right-censored data:
/// the model front end (<c>coxph.R</c>: missing rows, design, time fixing, strata, tests, robust variance,
/// concordance) over the driver <see cref="CoxNewtonRaphson"/> (<c>coxfit6</c>) and the kernel
/// <see cref="CoxKernel"/>.
/// </summary>
public static class CoxModel
{
    /// <summary>
    /// Fits the model. Rows with a missing time, status, covariate, stratum or cluster are dropped (and listed
    /// on the result).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Invalid options, a status other than 0/1, no complete rows, no events, or a design problem (see
    /// <see cref="DesignMatrix.Build"/>).
    /// </exception>
    public static CoxFit Fit(CoxData data, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CoxOptions.Default;
        options.Validate();

        var rows = CompleteRows(data, out var dropped);
        if (rows.Length == 0)
        {
            throw new ArgumentException("No row has a value for every model variable: nothing to fit.");
        }

        var design = DesignMatrix.Build(data.Covariates, rows);
        var n = rows.Length;
        var time = new double[n];
        var status = new byte[n];
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            time[i] = data.Time[rows[i]];
            status[i] = (byte)data.Status[rows[i]];
            events += status[i];
        }

        if (events == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No events among the {n} analysed rows: a Cox model cannot be fitted."));
        }

        if (options.TimeFix)
        {
            time = TimeFix.Apply(time);
        }

        var (stratum, labels) = DenseGroups(data.Strata, rows);
        var problem = CoxProblem.Create(design, time, status, stratum, labels ?? [string.Empty]);
        var kernel = new CoxKernel(problem, options.Ties);
        var result = CoxNewtonRaphson.Run(problem, kernel, options);
        return CoxResultBuilder.Build(data, options, design, problem, result, dropped, labels ?? [], rows);
    }

    internal static int[] CompleteRows(CoxData data, out int[] dropped)
    {
        var keep = new List<int>(data.RowCount);
        var drop = new List<int>();
        for (var r = 0; r < data.RowCount; r++)
        {
            var s = data.Status[r];
            var missing = !double.IsFinite(data.Time[r]) || double.IsNaN(s);
            if (!missing && s != 0 && s != 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Status in row {r + 1} is {s}; it must be 1 (event) or 0 (censored)."));
            }

            foreach (var c in data.Covariates)
            {
                missing |= c.IsMissing(r);
            }

            missing |= data.Strata is { } st && st.CodeArray[r] < 0;
            missing |= data.Cluster is { } cl && cl.CodeArray[r] < 0;
            (missing ? drop : keep).Add(r);
        }

        foreach (var c in data.Covariates)
        {
            if (c.RowCount != data.RowCount)
            {
                throw new ArgumentException($"Covariate '{c.Name}' has {c.RowCount} rows, the data {data.RowCount}.");
            }
        }

        if (data.Strata is { } strata && strata.CodeArray.Length != data.RowCount)
        {
            throw new ArgumentException($"Strata '{strata.Name}' has {strata.CodeArray.Length} rows, the data {data.RowCount}.");
        }

        if (data.Cluster is { } cluster && cluster.CodeArray.Length != data.RowCount)
        {
            throw new ArgumentException($"Cluster '{cluster.Name}' has {cluster.CodeArray.Length} rows, the data {data.RowCount}.");
        }

        dropped = [.. drop];
        return [.. keep];
    }

    /// <summary>Codes of the kept rows renumbered 0..k−1 over the groups that occur, with their labels.</summary>
    internal static (int[]? Codes, string[]? Labels) DenseGroups(GroupingColumn? grouping, int[] rows)
    {
        if (grouping is null)
        {
            return (null, null);
        }

        var map = new int[grouping.Labels.Count];
        Array.Fill(map, -1);
        foreach (var r in rows)
        {
            map[grouping.CodeArray[r]] = 0;
        }

        var labels = new List<string>();
        for (var g = 0; g < map.Length; g++)
        {
            if (map[g] == 0)
            {
                map[g] = labels.Count;
                labels.Add(grouping.Labels[g]);
            }
        }

        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            codes[i] = map[grouping.CodeArray[rows[i]]];
        }

        return (codes, [.. labels]);
    }
}
