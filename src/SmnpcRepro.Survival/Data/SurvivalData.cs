namespace SmnpcRepro.Survival.Data;

/// <summary>
/// Right-censored survival data, as R's <c>Surv(time, status)</c> with an optional grouping factor
/// (the right-hand side of <c>survfit</c>/<c>survdiff</c>) and an optional stratification factor
/// (<c>strata()</c>). Validated once at construction: every time finite and ≥ 0, every status 0
/// (censored) or 1 (event), every factor code a level, every level used. The arrays are not copied;
/// do not change them afterwards.
/// </summary>
public sealed class SurvivalData
{
    private readonly double[] _time;
    private readonly byte[] _status;

    private SurvivalData(double[] time, byte[] status, SurvivalFactor? group, SurvivalFactor? strata)
    {
        _time = time;
        _status = status;
        Group = group;
        Strata = strata;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _time.Length;

    /// <summary>Follow-up times (≥ 0).</summary>
    public ReadOnlySpan<double> Time => _time;

    /// <summary>Status per row: 1 = event, 0 = censored.</summary>
    public ReadOnlySpan<byte> Status => _status;

    /// <summary>The grouping factor (one curve or one test group per level), or null for one sample.</summary>
    public SurvivalFactor? Group { get; }

    /// <summary>The stratification factor, or null.</summary>
    public SurvivalFactor? Strata { get; }

    internal double[] TimeArray => _time;

    internal byte[] StatusArray => _status;

    /// <summary>Validates and wraps the columns.</summary>
    /// <param name="time">Follow-up time per row; finite and ≥ 0.</param>
    /// <param name="status">1 = event, 0 = censored.</param>
    /// <param name="group">Optional grouping factor; every level must have at least one row.</param>
    /// <param name="strata">Optional stratification factor; every level must have at least one row.</param>
    /// <exception cref="ArgumentException">A time is negative, NaN or infinite; a status is not 0/1; a code
    /// is not a level; a level has no rows; lengths differ. The message names the row (0-based index).</exception>
    public static SurvivalData Create(double[] time, ReadOnlySpan<int> status, SurvivalFactor? group = null, SurvivalFactor? strata = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (status.Length != time.Length)
        {
            throw new ArgumentException($"status has {status.Length} rows but time has {time.Length}.", nameof(status));
        }

        var packed = new byte[status.Length];
        for (var i = 0; i < status.Length; i++)
        {
            var s = status[i];
            if (s != 0 && s != 1)
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: status is {s}; it must be 1 (event) or 0 (censored)."), nameof(status));
            }

            packed[i] = (byte)s;
        }

        return CreateValidatedStatus(time, packed, group, strata);
    }

    /// <summary>As <see cref="Create(double[], ReadOnlySpan{int}, SurvivalFactor?, SurvivalFactor?)"/> with the status already 0/1 bytes (not copied).</summary>
    public static SurvivalData Create(double[] time, byte[] status, SurvivalFactor? group = null, SurvivalFactor? strata = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(status);
        if (status.Length != time.Length)
        {
            throw new ArgumentException($"status has {status.Length} rows but time has {time.Length}.", nameof(status));
        }

        for (var i = 0; i < status.Length; i++)
        {
            if (status[i] > 1)
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: status is {status[i]}; it must be 1 (event) or 0 (censored)."), nameof(status));
            }
        }

        return CreateValidatedStatus(time, status, group, strata);
    }

    /// <summary>A copy restricted to the rows where <paramref name="keep"/> is true, factors re-leveled to the levels that remain.</summary>
    internal SurvivalData Subset(Func<int, bool> keep)
    {
        var rows = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            if (keep(i))
            {
                rows.Add(i);
            }
        }

        var time = new double[rows.Count];
        var status = new byte[rows.Count];
        for (var k = 0; k < rows.Count; k++)
        {
            time[k] = _time[rows[k]];
            status[k] = _status[rows[k]];
        }

        return new SurvivalData(time, status, Shrink(Group, rows), Shrink(Strata, rows));
    }

    private static SurvivalFactor? Shrink(SurvivalFactor? factor, List<int> rows)
    {
        if (factor is null)
        {
            return null;
        }

        var used = new bool[factor.LevelCount];
        foreach (var r in rows)
        {
            used[factor.CodeArray[r]] = true;
        }

        var map = new int[factor.LevelCount];
        var levels = new List<string>();
        for (var l = 0; l < used.Length; l++)
        {
            map[l] = used[l] ? levels.Count : -1;
            if (used[l])
            {
                levels.Add(factor.Levels[l]);
            }
        }

        var codes = new int[rows.Count];
        for (var k = 0; k < rows.Count; k++)
        {
            codes[k] = map[factor.CodeArray[rows[k]]];
        }

        return new SurvivalFactor(factor.Name, codes, levels);
    }

    private static SurvivalData CreateValidatedStatus(double[] time, byte[] status, SurvivalFactor? group, SurvivalFactor? strata)
    {
        if (time.Length == 0)
        {
            throw new ArgumentException("There are no rows.", nameof(time));
        }

        for (var i = 0; i < time.Length; i++)
        {
            var t = time[i];
            if (double.IsNaN(t))
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: time is missing (NaN)."), nameof(time));
            }

            if (!(t >= 0) || double.IsInfinity(t))
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: time is {t:R}; it must be finite and not negative."), nameof(time));
            }
        }

        CheckFactor(group, time.Length, "group");
        CheckFactor(strata, time.Length, "strata");
        return new SurvivalData(time, status, group, strata);
    }

    private static void CheckFactor(SurvivalFactor? factor, int n, string role)
    {
        if (factor is null)
        {
            return;
        }

        var codes = factor.Codes;
        if (codes.Length != n)
        {
            throw new ArgumentException($"The {role} factor '{factor.Name}' has {codes.Length} rows but time has {n}.", role);
        }

        var counts = new int[factor.LevelCount];
        for (var i = 0; i < codes.Length; i++)
        {
            var c = codes[i];
            if ((uint)c >= (uint)counts.Length)
            {
                throw new ArgumentException(FormattableString.Invariant($"Row {i}: {role} '{factor.Name}' code {c} is not one of its {counts.Length} levels."), role);
            }

            counts[c]++;
        }

        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] == 0)
            {
                throw new ArgumentException($"The {role} '{factor.Name}' level '{factor.Levels[l]}' has no rows (an empty group).", role);
            }
        }
    }
}
