using System.Runtime.CompilerServices;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The analysed rows of a Cox model sorted once, as <c>coxph.fit</c> passes them to <c>coxfit6</c>: by
/// stratum, then by time ascending (ties in input order). Covariates are stored row-major; columns that are
/// not all in {−1, 0, 1} are centred at their mean and scaled by n / Σ|x − mean| (R's <c>nocenter</c> rule
/// and <c>doscale</c>), which leaves the fit unchanged but keeps exp() and the sums well conditioned.
/// </summary>
internal sealed class CoxProblem
{
    private CoxProblem(int n, int p)
    {
        N = n;
        P = p;
        var width = System.Numerics.Vector<double>.Count;
        Stride = (p + width - 1) / width * width;
        if (((long)n * p) + Stride > Array.MaxLength)
        {
            throw new ArgumentException($"{n} rows of {p} covariates are more than one array can hold.");
        }

        Time = Memory.LargeArrays.Allocate<double>(n);
        Status = new byte[n];
        Order = Memory.LargeArrays.Allocate<int>(n);
        X = Memory.LargeArrays.Allocate<double>((n * p) + Stride - p);
        Means = new double[p];
        Scale = new double[p];
        Centered = new bool[p];
    }

    /// <summary>Rows.</summary>
    public int N { get; }

    /// <summary>Columns.</summary>
    public int P { get; }

    /// <summary>Time of each sorted row (after time fixing).</summary>
    public double[] Time { get; }

    /// <summary>1 = event.</summary>
    public byte[] Status { get; }

    /// <summary>Design row of each sorted row.</summary>
    public int[] Order { get; }

    /// <summary>Sorted rows [StratumStart[s], StratumStart[s + 1]) form stratum s.</summary>
    public int[] StratumStart { get; private set; } = [];

    /// <summary>Label of each stratum (one unnamed stratum when the model has none).</summary>
    public string[] StratumLabels { get; private set; } = [];

    /// <summary>
    /// Centred, scaled covariates, row-major, p per row, followed by <see cref="Stride"/> − p zeros so that
    /// whole SIMD vectors can be read from the start of any row (the entries past p belong to the next row
    /// and multiply only padding).
    /// </summary>
    public double[] X { get; }

    /// <summary>p rounded up to the SIMD vector width: the width of the kernel's work rows.</summary>
    public int Stride { get; }

    /// <summary>The p covariates of sorted row <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> Row(int i) => X.AsSpan(i * P, P);

    /// <summary>Column means used for centring (0 for columns left uncentred), as R's <c>fit$means</c>.</summary>
    public double[] Means { get; }

    /// <summary>Column scale factors.</summary>
    public double[] Scale { get; }

    /// <summary>Whether a column was centred (false when all its values are in {−1, 0, 1}).</summary>
    public bool[] Centered { get; }

    /// <summary>Number of events.</summary>
    public int EventCount { get; private set; }

    /// <summary>Number of strata.</summary>
    public int StratumCount => StratumLabels.Length;

    /// <summary>
    /// The time sort's work arrays, free once the rows are sorted, left for the concordance's ranks (the one
    /// later sort of N keys); taken once (<see cref="TakeSortScratch"/>), so a fit does not keep them.
    /// </summary>
    private RadixScratch? _sortScratch;

    /// <summary>Leaves the time sort's work arrays for one later sort of N keys.</summary>
    public void LeaveSortScratch(RadixScratch scratch) => _sortScratch = scratch.Length == N ? scratch : null;

    /// <summary>The work arrays left by the time sort, once; null after that or when none were left.</summary>
    public RadixScratch? TakeSortScratch() => Interlocked.Exchange(ref _sortScratch, null);

    /// <summary>The stratum of each sorted row.</summary>
    public int StratumOf(int sortedRow)
    {
        var s = Array.BinarySearch(StratumStart, sortedRow);
        if (s < 0)
        {
            s = ~s - 1;
        }

        while (s + 1 < StratumStart.Length && StratumStart[s + 1] == sortedRow)
        {
            s++;
        }

        return s;
    }

    /// <summary>
    /// Sorts the rows. <paramref name="time"/>, <paramref name="status"/> and <paramref name="stratum"/>
    /// are per design row; <paramref name="byTime"/> orders them by time (ties in input order);
    /// <paramref name="stratum"/> codes run 0..labels−1 (every stratum non-empty).
    /// </summary>
    public static CoxProblem Create(DesignMatrix design, double[] time, int[] byTime, byte[] status, int[]? stratum, string[] stratumLabels)
    {
        var n = design.RowCount;
        var p = design.ColumnCount;
        var problem = new CoxProblem(n, p);

        // Sorted by time, ties in input order (R's order(time) is stable); now stably by stratum.
        var strata = stratumLabels.Length;
        var start = new int[strata + 1];
        if (stratum is null)
        {
            byTime.CopyTo(problem.Order, 0);
            start[1] = n;
        }
        else
        {
            foreach (var s in stratum)
            {
                start[s + 1]++;
            }

            for (var s = 0; s < strata; s++)
            {
                start[s + 1] += start[s];
            }

            var next = (int[])start.Clone();
            foreach (var row in byTime)
            {
                problem.Order[next[stratum[row]]++] = row;
            }
        }

        problem.StratumStart = start;
        problem.StratumLabels = stratumLabels;
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            var row = problem.Order[i];
            problem.Time[i] = time[row];
            problem.Status[i] = status[row];
            events += status[row];
        }

        problem.EventCount = events;
        var columns = new double[p][];
        for (var j = 0; j < p; j++)
        {
            columns[j] = design.ColumnArray(j);
        }

        // Each column's mean and scale on its own (columns side by side on a large model; each writes only its own entries).
        if (p > 1 && CoxParallelism.SideBySide(n))
        {
            Parallel.For(0, p, j => CenterAndScale(problem, columns[j], j));
        }
        else
        {
            for (var j = 0; j < p; j++)
            {
                CenterAndScale(problem, columns[j], j);
            }
        }

        // Scatter each design row to its sorted position (reading the columns in order); two blocks of rows
        // in parallel, each target row written by one thread.
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[problem.Order[i]] = i;
        }

        var blocks = Math.Min(Environment.ProcessorCount, n / 65536) switch { < 1 => 1, var b => b };
        if (blocks == 1)
        {
            problem.FillRows(columns, position, 0, n);
        }
        else
        {
            Parallel.For(0, blocks, b => problem.FillRows(columns, position, (int)((long)n * b / blocks), (int)((long)n * (b + 1) / blocks)));
        }
        return problem;
    }

    private void FillRows(double[][] columns, int[] position, int from, int to)
    {
        var p = P;
        for (var row = from; row < to; row++)
        {
            var target = X.AsSpan(position[row] * p, p);
            for (var j = 0; j < p; j++)
            {
                target[j] = (columns[j][row] - Means[j]) * Scale[j];
            }
        }
    }

    private static void CenterAndScale(CoxProblem problem, double[] column, int j)
    {
        var n = problem.N;
        var width = System.Numerics.Vector<double>.Count;
        var sums = System.Numerics.Vector<double>.Zero;
        var outside = System.Numerics.Vector<long>.Zero;
        var one = System.Numerics.Vector<double>.One;
        var i = 0;
        for (; i + width <= n; i += width)
        {
            var v = new System.Numerics.Vector<double>(column, i);
            sums += v;
            outside |= ~(System.Numerics.Vector.Equals(v, System.Numerics.Vector<double>.Zero) | System.Numerics.Vector.Equals(System.Numerics.Vector.Abs(v), one));
        }

        var sum = System.Numerics.Vector.Sum(sums);
        var indicator = outside == System.Numerics.Vector<long>.Zero;
        for (; i < n; i++)
        {
            sum += column[i];
            indicator &= column[i] == 0 || column[i] == 1 || column[i] == -1;
        }

        var mean = indicator ? 0.0 : sum / n;
        var scale = 1.0;
        if (!indicator)
        {
            var meanV = new System.Numerics.Vector<double>(mean);
            var deviations = System.Numerics.Vector<double>.Zero;
            i = 0;
            for (; i + width <= n; i += width)
            {
                deviations += System.Numerics.Vector.Abs(new System.Numerics.Vector<double>(column, i) - meanV);
            }

            var absolute = System.Numerics.Vector.Sum(deviations);
            for (; i < n; i++)
            {
                absolute += Math.Abs(column[i] - mean);
            }

            scale = absolute > 0 ? n / absolute : 1.0;
        }

        problem.Means[j] = mean;
        problem.Scale[j] = scale;
        problem.Centered[j] = !indicator;
    }
}
