using System.Globalization;
using System.Runtime.CompilerServices;
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
        var (design, problem, dropped, labels, rows) = Prepare(data, options);
        var kernel = new CoxKernel(problem, options.Ties);
        var result = CoxNewtonRaphson.Run(problem, kernel, options);
        return CoxResultBuilder.Build(data, options, design, problem, result, dropped, labels ?? [], rows);
    }

    /// <summary>
    /// The coefficients <see cref="Fit"/> would give — the same rows, design, time fixing, sorting, scaling,
    /// kernel and driver, so the same numbers bit for bit — with their Wald p, estimability and R's "may be
    /// infinite" flag, but none of the rest of a <see cref="CoxFit"/> (tests, linear predictors, concordance):
    /// for the many small fits of a bootstrap. Model-based variance only (no robust variance, no clusters).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Fit"/>.</exception>
    public static CoxEstimates FitEstimates(CoxData data, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CoxOptions.Default;
        options.Validate();
        if (options.Robust || data.Cluster is not null)
        {
            throw new ArgumentException("FitEstimates gives the model-based variance only; use Fit for a robust variance.", nameof(options));
        }

        var (_, problem, _, _, _) = Prepare(data, options);
        var kernel = new CoxKernel(problem, options.Ties);
        return CoxEstimates.From(CoxNewtonRaphson.Run(problem, kernel, options), options);
    }

    /// <summary>The front end of <c>coxph</c>: complete rows, design, time fixing and the sorted, scaled problem.</summary>
    private static (DesignMatrix Design, CoxProblem Problem, int[] Dropped, string[]? Labels, int[] Rows) Prepare(CoxData data, CoxOptions options)
    {
        var rows = CompleteRows(data, out var dropped);
        if (rows.Length == 0)
        {
            throw new ArgumentException("No row has a value for every model variable: nothing to fit.");
        }

        var n = rows.Length;
        var time = Memory.LargeArrays.AllocateUninitialized<double>(n);
        var status = new byte[n];
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            time[i] = data.Time[rows[i]];
            status[i] = (byte)data.Status[rows[i]];
            events += status[i];
        }

        // The design and the time order do not depend on each other: on a large model they are made side by
        // side. A design error still comes before the no-events error, as when they were made in turn.
        int[] byTime;
        DesignMatrix design;
        var scratch = new RadixScratch(n);
        if (CoxParallelism.SideBySide(n))
        {
            var building = Task.Run(() => DesignMatrix.Build(data.Covariates, rows));
            try
            {
                byTime = SortTimes(time, options.TimeFix, scratch);
            }
            finally
            {
                // Waits even when the sort failed, and rethrows the design's own exception, not an AggregateException.
                design = building.GetAwaiter().GetResult();
            }
        }
        else
        {
            design = DesignMatrix.Build(data.Covariates, rows);
            byTime = SortTimes(time, options.TimeFix, scratch);
        }

        if (events == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No events among the {n} analysed rows: a Cox model cannot be fitted."));
        }

        var (stratum, labels) = DenseGroups(data.Strata, rows);
        var problem = CoxProblem.Create(design, time, byTime, status, stratum, labels ?? [string.Empty]);
        problem.LeaveSortScratch(scratch); // byTime, one of its arrays, has been copied into the problem
        return (design, problem, dropped, labels, rows);
    }

    /// <summary>The order of the times (ties in row order), after R's <c>aeqSurv</c> in place when asked for.</summary>
    private static int[] SortTimes(double[] time, bool timeFix, RadixScratch scratch)
    {
        var (byTime, sortedKeys) = RadixSort.OrderWithKeys(time, scratch);
        if (timeFix)
        {
            FixTimes(time, byTime, sortedKeys);
        }

        return byTime;
    }

    /// <summary>
    /// R's <c>aeqSurv</c> in place, via <see cref="TimeFix"/> on the distinct times only (it depends on
    /// nothing else); <paramref name="byTime"/> orders the times, and <paramref name="sortedKeys"/> (equal
    /// exactly where the times are) finds the runs of equal times without reading the times through the
    /// order. Merging keeps that order valid; when no time moves, nothing is written.
    /// </summary>
    private static void FixTimes(double[] time, int[] byTime, ulong[] sortedKeys)
    {
        var n = byTime.Length;
        var distinct = new List<double>();
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || sortedKeys[i] != sortedKeys[i - 1])
            {
                distinct.Add(time[byTime[i]]);
            }
        }

        var fixedTimes = TimeFix.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(distinct));
        var moved = false;
        for (var d = 0; d < fixedTimes.Length && !moved; d++)
        {
            moved = BitConverter.DoubleToInt64Bits(fixedTimes[d]) != BitConverter.DoubleToInt64Bits(distinct[d]);
        }

        if (!moved)
        {
            return;
        }

        for (int i = 0, d = -1; i < n; i++)
        {
            if (i == 0 || sortedKeys[i] != sortedKeys[i - 1])
            {
                d++;
            }

            time[byTime[i]] = fixedTimes[d];
        }
    }

    internal static int[] CompleteRows(CoxData data, out int[] dropped)
    {
        var n = data.RowCount;
        foreach (var c in data.Covariates)
        {
            if (c.RowCount != n)
            {
                throw new ArgumentException($"Covariate '{c.Name}' has {c.RowCount} rows, the data {n}.");
            }
        }

        if (data.Strata is { } strata && strata.CodeArray.Length != n)
        {
            throw new ArgumentException($"Strata '{strata.Name}' has {strata.CodeArray.Length} rows, the data {n}.");
        }

        if (data.Cluster is { } cluster && cluster.CodeArray.Length != n)
        {
            throw new ArgumentException($"Cluster '{cluster.Name}' has {cluster.CodeArray.Length} rows, the data {n}.");
        }

        // The mask is made only once a row turns out to be missing (most data have none).
        bool[]? missing = null;
        for (var r = 0; r < n; r++)
        {
            var s = data.Status[r];
            var absent = !double.IsFinite(data.Time[r]) || double.IsNaN(s);
            if (!absent && s != 0 && s != 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Status in row {r + 1} is {s}; it must be 1 (event) or 0 (censored)."));
            }

            if (absent)
            {
                (missing ??= new bool[n])[r] = true;
            }
        }

        foreach (var c in data.Covariates)
        {
            if (c.ValueArray is { } values)
            {
                if (HasNaN(values))
                {
                    missing ??= new bool[n];
                    for (var r = 0; r < n; r++)
                    {
                        missing[r] |= double.IsNaN(values[r]);
                    }
                }
            }
            else
            {
                MarkMissing(ref missing, c.CodeArray!);
            }
        }

        if (data.Strata is not null)
        {
            MarkMissing(ref missing, data.Strata.CodeArray);
        }

        if (data.Cluster is not null)
        {
            MarkMissing(ref missing, data.Cluster.CodeArray);
        }

        if (missing is null)
        {
            dropped = [];
            var all = new int[n];
            for (var r = 0; r < n; r++)
            {
                all[r] = r;
            }

            return all;
        }

        var dropCount = 0;
        foreach (var m in missing)
        {
            dropCount += m ? 1 : 0;
        }

        var keep = new int[n - dropCount];
        dropped = new int[dropCount];
        for (int r = 0, k = 0, d = 0; r < n; r++)
        {
            if (missing[r])
            {
                dropped[d++] = r;
            }
            else
            {
                keep[k++] = r;
            }
        }

        return keep;
    }

    /// <summary>Whether any value is NaN (a whole vector at a time: NaN is the one value not equal to itself).</summary>
    private static bool HasNaN(double[] values)
    {
        var width = System.Numerics.Vector<double>.Count;
        var i = 0;
        for (; i + width <= values.Length; i += width)
        {
            var v = new System.Numerics.Vector<double>(values, i);
            if (!System.Numerics.Vector.EqualsAll(v, v))
            {
                return true;
            }
        }

        for (; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkMissing(ref bool[]? missing, int[] codes)
    {
        if (codes.AsSpan().IndexOfAnyInRange(int.MinValue, -1) < 0)
        {
            return;
        }

        missing ??= new bool[codes.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            missing[r] |= codes[r] < 0;
        }
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
