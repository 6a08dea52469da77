using System.Globalization;
using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>
/// The search's state: 30 patients as integer arrays the evaluator reads directly. Each Table 2 factor's
/// values are a permutation of the initial cohort's (patient i holds the value of initial patient
/// <c>Source[f][i]</c>), so every margin the initial cohort satisfies still holds; the Frankel grade is
/// free (its distribution is not published); survival is a time in hundredths of a month and a death flag.
/// Mutable by design (the annealer applies and undoes moves in place); <see cref="ToRecords"/> makes the
/// immutable cohort.
/// </summary>
public sealed class ReconstructionState
{
    /// <summary>Survival times are whole hundredths of a month (2 decimals, as the CSV writes them).</summary>
    public const int TimeScale = 100;

    private readonly IReadOnlyList<CohortRecord> _initial;
    private readonly int[][] _initialGroup;
    private readonly int[] _frankelGroupOfGrade;
    private readonly int[][] _source;
    private readonly int[][] _group;
    private readonly int[] _frankelGrade;
    private readonly int[] _time;
    private readonly bool[] _death;

    private ReconstructionState(IReadOnlyList<CohortRecord> initial, int[][] initialGroup, int[] frankelGroupOfGrade, int frankelFactor)
    {
        _initial = initial;
        _initialGroup = initialGroup;
        _frankelGroupOfGrade = frankelGroupOfGrade;
        FrankelFactor = frankelFactor;
        var n = initial.Count;
        _source = new int[Factors.Count][];
        _group = new int[Factors.Count][];
        for (var f = 0; f < Factors.Count; f++)
        {
            _source[f] = new int[n];
            _group[f] = new int[n];
        }

        _frankelGrade = new int[n];
        _time = new int[n];
        _death = new bool[n];
    }

    /// <summary>The factors, in Table 2's order (the index used everywhere in the search).</summary>
    public static IReadOnlyList<PrognosticFactor> Factors => PaperFactors.All;

    /// <summary>Index of the Frankel factor, whose grades the search may change (not only move).</summary>
    public int FrankelFactor { get; }

    /// <summary>Number of patients.</summary>
    public int Patients => _initial.Count;

    /// <summary>Group index of each patient for factor <paramref name="factor"/>.</summary>
    public ReadOnlySpan<int> Groups(int factor) => _group[factor];

    /// <summary>Survival times in hundredths of a month.</summary>
    public ReadOnlySpan<int> Times => _time;

    /// <summary>Death (event) flags.</summary>
    public ReadOnlySpan<bool> Deaths => _death;

    /// <summary>Frankel grade codes (1 = A … 5 = E).</summary>
    public ReadOnlySpan<int> FrankelGrades => _frankelGrade;

    /// <summary>Starts from <paramref name="initial"/> as it is.</summary>
    /// <exception cref="InvalidDataException">A patient has no group for some factor, or a time is not on the 0.01 grid.</exception>
    public static ReconstructionState From(IReadOnlyList<CohortRecord> initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        var n = initial.Count;
        var frankel = -1;
        var initialGroup = new int[Factors.Count][];
        for (var f = 0; f < Factors.Count; f++)
        {
            var factor = Factors[f];
            frankel = factor.Key == "frankel_preop" ? f : frankel;
            initialGroup[f] = new int[n];
            for (var i = 0; i < n; i++)
            {
                initialGroup[f][i] = factor.Classify(initial[i])
                    ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Patient {initial[i].RecordId} has no value for '{factor.Key}'; the search needs complete rows."));
            }
        }

        if (frankel < 0 || n == 0)
        {
            throw new InvalidDataException("The search needs patients and the Frankel factor.");
        }

        var gradeGroup = new int[6];
        for (var grade = 1; grade <= 5; grade++)
        {
            gradeGroup[grade] = Factors[frankel].Classify(initial[0] with { FrankelPreop = (FrankelPreop)grade })!.Value;
        }

        var state = new ReconstructionState(initial, initialGroup, gradeGroup, frankel);
        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < Factors.Count; f++)
            {
                state._source[f][i] = i;
                state._group[f][i] = initialGroup[f][i];
            }

            state._frankelGrade[i] = (int)initial[i].FrankelPreop;
            var t = initial[i].OsMonths * TimeScale;
            state._time[i] = (int)Math.Round(t);
            if (Math.Abs(t - state._time[i]) > 1e-6)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Patient {initial[i].RecordId}: time {initial[i].OsMonths} is not on the 0.01-month grid."));
            }

            state._death[i] = initial[i].Death;
        }

        return state;
    }

    /// <summary>A copy that shares nothing mutable with this state.</summary>
    public ReconstructionState Clone()
    {
        var copy = new ReconstructionState(_initial, _initialGroup, _frankelGroupOfGrade, FrankelFactor);
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Overwrites this state with <paramref name="other"/> (same initial cohort).</summary>
    public void CopyFrom(ReconstructionState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._initial, _initial))
        {
            throw new ArgumentException("States of different initial cohorts.", nameof(other));
        }

        for (var f = 0; f < Factors.Count; f++)
        {
            other._source[f].CopyTo(_source[f], 0);
            other._group[f].CopyTo(_group[f], 0);
        }

        other._frankelGrade.CopyTo(_frankelGrade, 0);
        other._time.CopyTo(_time, 0);
        other._death.CopyTo(_death, 0);
    }

    /// <summary>Exchanges the values of factor <paramref name="factor"/> between patients i and j.</summary>
    public void SwapFactor(int factor, int i, int j)
    {
        if (factor == FrankelFactor)
        {
            (_frankelGrade[i], _frankelGrade[j]) = (_frankelGrade[j], _frankelGrade[i]);
        }
        else
        {
            (_source[factor][i], _source[factor][j]) = (_source[factor][j], _source[factor][i]);
        }

        (_group[factor][i], _group[factor][j]) = (_group[factor][j], _group[factor][i]);
    }

    /// <summary>Gives patient i the Frankel grade <paramref name="grade"/> (1 = A … 5 = E).</summary>
    public void SetFrankelGrade(int i, int grade)
    {
        _frankelGrade[i] = grade;
        _group[FrankelFactor][i] = _frankelGroupOfGrade[grade];
    }

    /// <summary>The Frankel group (of the Table 2 dichotomy) that grade <paramref name="grade"/> falls in.</summary>
    public int FrankelGroupOf(int grade) => _frankelGroupOfGrade[grade];

    /// <summary>Sets patient i's survival time (hundredths of a month).</summary>
    public void SetTime(int i, int hundredths) => _time[i] = hundredths;

    /// <summary>Sets patient i's whole outcome (used to draw the starting survival; moves keep the death count).</summary>
    public void SetOutcome(int i, int hundredths, bool death)
    {
        _time[i] = hundredths;
        _death[i] = death;
    }

    /// <summary>Exchanges the death flags of patients i and j.</summary>
    public void SwapDeath(int i, int j) => (_death[i], _death[j]) = (_death[j], _death[i]);

    /// <summary>Exchanges the whole survival outcome (time and death) of patients i and j.</summary>
    public void SwapOutcome(int i, int j)
    {
        (_time[i], _time[j]) = (_time[j], _time[i]);
        SwapDeath(i, j);
    }

    /// <summary>The cohort this state describes: the initial rows with the moved values, grades and outcomes.</summary>
    public IReadOnlyList<CohortRecord> ToRecords()
    {
        var records = new CohortRecord[Patients];
        for (var i = 0; i < Patients; i++)
        {
            var record = _initial[i];
            for (var f = 0; f < Factors.Count; f++)
            {
                if (f != FrankelFactor)
                {
                    record = FactorColumns.Copy(Factors[f].Key, record, _initial[_source[f][i]]);
                }
            }

            records[i] = record with
            {
                FrankelPreop = (FrankelPreop)_frankelGrade[i],
                OsMonths = _time[i] / (double)TimeScale,
                Death = _death[i],
            };
        }

        return records;
    }
}
