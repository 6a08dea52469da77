namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// One Kaplan–Meier curve (one stratum of R's <c>survfit</c>): a row per distinct time, event or
/// censoring, with R's columns <c>time</c>, <c>n.risk</c>, <c>n.event</c>, <c>n.censor</c>, <c>surv</c>,
/// <c>std.err</c> (Greenwood SE of −log S), <c>cumhaz</c>, <c>std.chaz</c>, <c>lower</c>, <c>upper</c>,
/// plus the Greenwood SE of S itself (what SPSS prints). NaN = R's NA/NaN.
/// </summary>
public sealed class KaplanMeierCurve
{
    private readonly double[] _time;
    private readonly int[] _risk;
    private readonly int[] _events;
    private readonly int[] _censored;
    private readonly double[] _surv;
    private readonly double[] _stdErr;
    private readonly double[] _cumHaz;
    private readonly double[] _stdChaz;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly double _z;

    internal KaplanMeierCurve(string label, double[] time, int[] risk, int[] events, int[] censored, KaplanMeierOptions options, double z)
    {
        Label = label;
        Options = options;
        _z = z;
        _time = time;
        _risk = risk;
        _events = events;
        _censored = censored;
        var m = time.Length;
        _surv = new double[m];
        _stdErr = new double[m];
        _cumHaz = new double[m];
        _stdChaz = new double[m];
        _lower = new double[m];
        _upper = new double[m];
        var s = 1.0;
        var greenwood = 0.0;
        var hazard = 0.0;
        var hazardVariance = 0.0;
        var records = 0;
        var eventCount = 0;
        for (var j = 0; j < m; j++)
        {
            double n = risk[j];
            double d = events[j];
            records += events[j] + censored[j];
            eventCount += events[j];
            if (d > 0)
            {
                s *= (n - d) / n;
                greenwood += d / (n * (n - d));
                hazard += d / n;
                hazardVariance += d / (n * n);
            }

            _surv[j] = s;
            _stdErr[j] = Math.Sqrt(greenwood);
            _cumHaz[j] = hazard;
            _stdChaz[j] = Math.Sqrt(hazardVariance);
            (_lower[j], _upper[j]) = PointwiseConfidence.Limits(s, _stdErr[j], options.ConfidenceType, z);
        }

        Records = records;
        Events = eventCount;
    }

    /// <summary>R's stratum label, e.g. <c>x=Maintained</c>, or <c>all</c> for a single curve.</summary>
    public string Label { get; }

    /// <summary>The options the curve was fitted with (CI type and level, median definition).</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>Rows in this curve (R's <c>records</c>, <c>n</c>).</summary>
    public int Records { get; }

    /// <summary>Total events (R's <c>events</c>).</summary>
    public int Events { get; }

    /// <summary>Number of curve rows (distinct times).</summary>
    public int Length => _time.Length;

    /// <summary>Distinct times, ascending (<c>time</c>).</summary>
    public ReadOnlySpan<double> Time => _time;

    /// <summary>Number at risk just before each time (<c>n.risk</c>).</summary>
    public ReadOnlySpan<int> NumberAtRisk => _risk;

    /// <summary>Events at each time (<c>n.event</c>).</summary>
    public ReadOnlySpan<int> NumberOfEvents => _events;

    /// <summary>Censored rows at each time (<c>n.censor</c>).</summary>
    public ReadOnlySpan<int> NumberCensored => _censored;

    /// <summary>Product-limit estimate S(t) (<c>surv</c>).</summary>
    public ReadOnlySpan<double> Survival => _surv;

    /// <summary>R's <c>std.err</c>: Greenwood SE of −log S, √Σ d/(n(n−d)) (∞ once S = 0).</summary>
    public ReadOnlySpan<double> StandardError => _stdErr;

    /// <summary>Nelson–Aalen cumulative hazard Σ d/n (<c>cumhaz</c>).</summary>
    public ReadOnlySpan<double> CumulativeHazard => _cumHaz;

    /// <summary>SE of the cumulative hazard, √Σ d/n² (<c>std.chaz</c>).</summary>
    public ReadOnlySpan<double> CumulativeHazardStandardError => _stdChaz;

    /// <summary>Lower pointwise confidence limit of S (<c>lower</c>).</summary>
    public ReadOnlySpan<double> Lower => _lower;

    /// <summary>Upper pointwise confidence limit of S (<c>upper</c>).</summary>
    public ReadOnlySpan<double> Upper => _upper;

    /// <summary>The largest time of the curve (event or censored).</summary>
    public double LastTime => _time[^1];

    /// <summary>Greenwood SE of S at row <paramref name="row"/>: S · std.err (what SPSS prints; NaN once S = 0).</summary>
    public double GreenwoodStandardError(int row) => _surv[row] * _stdErr[row];

    /// <summary>The median under <see cref="KaplanMeierOptions.MedianDefinition"/>.</summary>
    public SurvivalQuantile Median() => Median(Options.MedianDefinition);

    /// <summary>
    /// The median with its CI. R: <c>print.survfit</c>'s median and CI (the first time the curve, and each CI
    /// band, is ≤ 0.5; midpoint on a flat segment at 0.5). SPSS: see <see cref="MedianDefinition.Spss"/>.
    /// </summary>
    public SurvivalQuantile Median(MedianDefinition definition)
    {
        if (definition == MedianDefinition.Spss)
        {
            return Quantile(0.5, definition);
        }

        return new SurvivalQuantile(
            0.5,
            QuantileRules.PrintedMedian(_surv, _time),
            QuantileRules.PrintedMedian(_lower, _time),
            QuantileRules.PrintedMedian(_upper, _time),
            double.NaN,
            MedianDefinition.R);
    }

    /// <summary>
    /// The p-th quantile (time by which a fraction p has had the event). R: <c>quantile.survfit</c>
    /// (CI from the bands, <c>findq</c>'s midpoint rule). SPSS: first event time with S ≤ 1 − p, SE and
    /// symmetric CI (see <see cref="MedianDefinition.Spss"/>).
    /// </summary>
    public SurvivalQuantile Quantile(double probability, MedianDefinition definition)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentException(FormattableString.Invariant($"A quantile's probability must lie in [0, 1]; it is {probability:R}."), nameof(probability));
        }

        if (definition == MedianDefinition.Spss)
        {
            var greenwood = new double[Length];
            for (var j = 0; j < Length; j++)
            {
                greenwood[j] = GreenwoodStandardError(j);
            }

            var (time, se) = QuantileRules.Spss(_time, _events, _surv, greenwood, probability);
            return new SurvivalQuantile(probability, time, time - (_z * se), time + (_z * se), se, definition);
        }

        return new SurvivalQuantile(
            probability,
            QuantileRules.FindQuantile(_time, _surv, probability),
            QuantileRules.FindQuantile(_time, _lower, probability),
            QuantileRules.FindQuantile(_time, _upper, probability),
            double.NaN,
            definition);
    }

    /// <summary>
    /// Restricted mean survival time up to <paramref name="upperLimit"/> and its SE, as R's
    /// <c>survmean</c> (<c>print(fit, rmean = upperLimit)</c>).
    /// </summary>
    public RestrictedMean RestrictedMean(double upperLimit)
    {
        if (double.IsNaN(upperLimit) || upperLimit < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"The restricted mean's upper limit must be ≥ 0; it is {upperLimit:R}."), nameof(upperLimit));
        }

        // rectangles: from 0 to each kept time with the survival before it, then to the limit.
        var keep = 0;
        while (keep < Length && _time[keep] <= upperLimit)
        {
            keep++;
        }

        var mean = 0.0;
        var previousTime = 0.0;
        var previousSurv = 1.0;
        var rectangles = new double[keep + 1];
        for (var j = 0; j < keep; j++)
        {
            rectangles[j] = (_time[j] - previousTime) * previousSurv;
            previousTime = _time[j];
            previousSurv = _surv[j];
        }

        rectangles[keep] = (upperLimit - previousTime) * previousSurv;
        for (var j = 0; j <= keep; j++)
        {
            mean += rectangles[j];
        }

        // varmean = Σ_j (area after time j)² · hh_j, hh = d/(n(n−d)) (0 when n = d).
        var variance = 0.0;
        var after = 0.0;
        for (var j = keep - 1; j >= 0; j--)
        {
            after += rectangles[j + 1];
            double n = _risk[j];
            double d = _events[j];
            var hh = n - d == 0 ? 0 : d / (n * (n - d));
            variance += after * after * hh;
        }

        return new RestrictedMean(upperLimit, mean, Math.Sqrt(variance));
    }

    /// <summary>SPSS's mean survival time: the restricted mean up to this curve's own largest time.</summary>
    public RestrictedMean SpssMean() => RestrictedMean(LastTime);

    /// <summary>The curve read at each of <paramref name="times"/> (see <see cref="SurvivalAtTime"/>).</summary>
    public IReadOnlyList<SurvivalAtTime> SurvivalAt(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var result = new SurvivalAtTime[times.Count];
        for (var k = 0; k < times.Count; k++)
        {
            var t = times[k];
            if (double.IsNaN(t))
            {
                throw new ArgumentException(FormattableString.Invariant($"Time {k} is NaN."), nameof(times));
            }

            // last row with time <= t
            var row = _time.AsSpan().BinarySearch(t);
            row = row >= 0 ? row : ~row - 1;
            var events = 0;
            var censored = 0;
            for (var j = 0; j <= row; j++)
            {
                events += _events[j];
                censored += _censored[j];
            }

            var atRisk = Records - events - censored;
            if (row >= 0 && _time[row] == t)
            {
                atRisk += _events[row] + _censored[row];
            }

            result[k] = row < 0
                ? new SurvivalAtTime(t, atRisk, 0, 0, 1, 0, 0, 1, 1)
                : new SurvivalAtTime(t, atRisk, events, censored, _surv[row], _stdErr[row], GreenwoodStandardError(row), _lower[row], _upper[row]);
        }

        return result;
    }
}
