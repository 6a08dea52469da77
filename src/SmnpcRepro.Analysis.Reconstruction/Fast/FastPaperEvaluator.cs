using SmnpcRepro.Analysis.Factors;
using SmnpcRepro.Analysis.Profiles;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Analysis.Reconstruction.Fast;

/// <summary>
/// The search's lean path to the numbers <see cref="PaperAnalysis.Run"/> computes, for a
/// <see cref="ReconstructionState"/>, without allocation: the overall and group Kaplan–Meier medians
/// (SPSS's definition), each factor's log-rank p and univariate Breslow Cox model, the selection rule and
/// the multivariate model of what it lets in. Same definitions as the engine (a test holds the two equal
/// on many cohorts); the engine stays the reference and the report's source. The Cox models are fitted by
/// the survival library's <see cref="CoxNewtonRaphson"/> in a <see cref="CoxWorkspace"/> under the
/// profile's <see cref="ConventionsProfile.CoxOptions"/> (eps, iter.max, toler.chol, confidence level), as
/// the engine's are, with the library's one Cholesky (R's <c>cholesky2</c>); a model whose information is
/// singular fails as a whole (<see cref="SingularInformation.FailsTheFit"/>): the search scores it as a number
/// that cannot be computed rather than fitting the estimable part. Supports the profiles whose ties are Breslow and whose median is SPSS's (spss18). One
/// instance per thread.
/// </summary>
public sealed class FastPaperEvaluator
{
    private readonly IReadOnlyList<PrognosticFactor> _factors = PaperFactors.All;
    private readonly double _entryThreshold;
    private readonly CoxOptions _options;
    private readonly double _z;
    private readonly int[] _groupCount;
    private readonly int[] _order;
    private readonly int[] _blockStart;
    private readonly int[] _everyone;
    private readonly FactorEventTable _table;
    private readonly GroupedBreslow[] _univariate;
    private readonly RowPartialLikelihood _multivariate;
    private readonly CoxWorkspace _workspace;
    private readonly double[][] _covariate;
    private readonly int[] _entered;

    /// <summary>An evaluator for cohorts of <paramref name="patients"/> under <paramref name="profile"/>.</summary>
    /// <exception cref="NotSupportedException">The profile's ties or median definition is not Breslow/SPSS.</exception>
    public FastPaperEvaluator(ConventionsProfile profile, int patients)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Ties != TieMethod.Breslow || profile.Median != MedianDefinition.Spss)
        {
            throw new NotSupportedException($"The lean evaluator implements Breslow ties and SPSS's median; profile '{profile.Name}' uses {profile.Ties} and {profile.Median}.");
        }

        _entryThreshold = profile.EntryThreshold;
        _options = profile.CoxOptions;
        _options.Validate();
        _z = Distributions.TwoSidedQuantile(_options.ConfidenceLevel);
        var p = _factors.Count;
        _groupCount = _factors.Select(f => f.Groups.Count).ToArray();
        if (_groupCount.Any(k => k is < 2 or > PaperQuantity.MaxGroups))
        {
            throw new NotSupportedException("The lean evaluator handles factors of 2 or 3 groups.");
        }

        _covariate = _factors.Select(f => Enumerable.Range(0, f.Groups.Count).Select(f.Covariate).ToArray()).ToArray();
        _order = Enumerable.Range(0, patients).ToArray();
        _blockStart = new int[patients + 1];
        _everyone = new int[patients];
        _table = new FactorEventTable(patients, PaperQuantity.MaxGroups);
        _univariate = _covariate.Select(x => new GroupedBreslow(_table, x)).ToArray();
        _multivariate = new RowPartialLikelihood(patients, p);
        _workspace = new CoxWorkspace(p);
        _entered = new int[p];
    }

    /// <summary>Writes every quantity of <paramref name="state"/> into <paramref name="metrics"/> (length <see cref="PaperQuantity.VectorLength"/>).</summary>
    public void Evaluate(ReconstructionState state, Span<double> metrics)
    {
        var blocks = Prepare(state);
        metrics.Fill(double.NaN);
        _table.Build(_order, _blockStart, blocks, state.Times, state.Deaths, _everyone, 1);
        metrics[PaperQuantity.Of(0, MetricKind.OverallMedian)] = _table.SpssMedian(0);
        for (var f = 0; f < _factors.Count; f++)
        {
            EvaluateFactor(state, f, blocks, metrics);
        }

        FitMultivariate(state, metrics);
    }

    /// <summary>
    /// Updates <paramref name="metrics"/>, which hold the quantities of a state that differed from
    /// <paramref name="state"/> only in factor <paramref name="factor"/>'s groups: that factor's univariate
    /// results, and the multivariate model when the factor was or is in it. Gives exactly what
    /// <see cref="Evaluate"/> would.
    /// </summary>
    public void Update(ReconstructionState state, int factor, Span<double> metrics)
    {
        var blocks = Prepare(state);
        var wasEntered = metrics[PaperQuantity.Of(factor, MetricKind.LogRankP)] <= _entryThreshold;
        EvaluateFactor(state, factor, blocks, metrics);
        if (wasEntered || metrics[PaperQuantity.Of(factor, MetricKind.LogRankP)] <= _entryThreshold)
        {
            FitMultivariate(state, metrics);
        }
    }

    private int Prepare(ReconstructionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Patients != _order.Length)
        {
            throw new ArgumentException("The state has a different number of patients than this evaluator.", nameof(state));
        }

        return SortAndBlock(state.Times);
    }

    private void EvaluateFactor(ReconstructionState state, int f, int blocks, Span<double> metrics)
    {
        var k = _groupCount[f];
        _table.Build(_order, _blockStart, blocks, state.Times, state.Deaths, state.Groups(f), k);
        for (var g = 0; g < PaperQuantity.MaxGroups; g++)
        {
            metrics[PaperQuantity.Of(f, MetricKind.GroupMedian, g)] = g < k ? _table.SpssMedian(g) : double.NaN;
        }

        metrics[PaperQuantity.Of(f, MetricKind.LogRankP)] = Distributions.ChiSquareUpperTail(_table.LogRankChiSquare(), k - 1);
        CoxNewtonRaphson.Fit(_univariate[f], _options, _workspace, SingularInformation.FailsTheFit);
        WriteCoefficient(metrics, f, MetricKind.HazardRatio, 0);
    }

    private int SortAndBlock(ReadOnlySpan<int> time)
    {
        // Insertion sort by (time, patient) from the previous order: after one move it is nearly sorted, and
        // the result is one total order whatever the history, so every sum runs in the same order.
        var order = _order;
        for (var i = 1; i < order.Length; i++)
        {
            var v = order[i];
            var j = i - 1;
            while (j >= 0 && (time[order[j]] > time[v] || (time[order[j]] == time[v] && order[j] > v)))
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = v;
        }

        var blocks = 0;
        for (var r = 0; r < order.Length; r++)
        {
            if (r == 0 || time[order[r]] != time[order[r - 1]])
            {
                _blockStart[blocks++] = r;
            }
        }

        _blockStart[blocks] = order.Length;
        return blocks;
    }

    private void FitMultivariate(ReconstructionState state, Span<double> metrics)
    {
        var entered = 0;
        for (var f = 0; f < _factors.Count; f++)
        {
            for (var kind = MetricKind.MultivariateHazardRatio; kind <= MetricKind.MultivariateP; kind++)
            {
                metrics[PaperQuantity.Of(f, kind)] = double.NaN;
            }

            if (metrics[PaperQuantity.Of(f, MetricKind.LogRankP)] <= _entryThreshold)
            {
                _entered[entered++] = f;
            }
        }

        if (entered == 0)
        {
            return;
        }

        var n = state.Patients;
        var time = state.Times;
        var rows = _multivariate;
        rows.Reset(n, entered, TieMethod.Breslow);
        var x = rows.Covariates;
        for (var q = 0; q < n; q++)
        {
            var i = _order[n - 1 - q];
            if (q == 0 || time[i] != time[_order[n - q]])
            {
                rows.StartBlock(q);
            }

            rows.SetDeath(q, state.Deaths[i]);
            for (var j = 0; j < entered; j++)
            {
                var f = _entered[j];
                x[(q * entered) + j] = _covariate[f][state.Groups(f)[i]];
            }
        }

        rows.Complete();
        CoxNewtonRaphson.Fit(rows, _options, _workspace, SingularInformation.FailsTheFit);
        for (var j = 0; j < entered; j++)
        {
            WriteCoefficient(metrics, _entered[j], MetricKind.MultivariateHazardRatio, j);
        }
    }

    /// <summary>Coefficient <paramref name="j"/> of the last fit, as the engine reports it: NaN (R's NA) when not estimable.</summary>
    private void WriteCoefficient(Span<double> metrics, int factor, MetricKind hazardRatio, int j)
    {
        var offset = hazardRatio == MetricKind.HazardRatio ? 0 : MetricKind.MultivariateHazardRatio - MetricKind.HazardRatio;
        var estimable = _workspace.IsEstimable(j);
        var beta = estimable ? _workspace.Coefficients[j] : double.NaN;
        var se = Math.Sqrt(_workspace.Variance[(j * _workspace.Parameters) + j]);
        var z = beta / se;
        metrics[PaperQuantity.Of(factor, MetricKind.HazardRatio + offset)] = Math.Exp(beta);
        metrics[PaperQuantity.Of(factor, MetricKind.Lower + offset)] = Math.Exp(beta - (_z * se));
        metrics[PaperQuantity.Of(factor, MetricKind.Upper + offset)] = Math.Exp(beta + (_z * se));
        metrics[PaperQuantity.Of(factor, MetricKind.WaldP + offset)] = Distributions.TwoSidedNormalP(z);
    }
}
