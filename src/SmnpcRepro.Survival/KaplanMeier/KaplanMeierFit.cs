namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// The result of <see cref="KaplanMeier.Fit"/>, as R's <c>survfit</c> object: one curve per group level
/// (or per group × stratum), in level order, with everything a table or plot needs.
/// </summary>
public sealed class KaplanMeierFit
{
    internal KaplanMeierFit(IReadOnlyList<KaplanMeierCurve> curves, KaplanMeierOptions options)
    {
        Curves = curves;
        Options = options;
        var last = double.NegativeInfinity;
        foreach (var c in curves)
        {
            last = Math.Max(last, c.LastTime);
            Count += c.Records;
            Events += c.Events;
        }

        CommonUpperLimit = last;
    }

    /// <summary>The curves, in the grouping factor's level order.</summary>
    public IReadOnlyList<KaplanMeierCurve> Curves { get; }

    /// <summary>The options used.</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>Rows used.</summary>
    public int Count { get; }

    /// <summary>Events over all curves.</summary>
    public int Events { get; }

    /// <summary>R's common restricted-mean limit: the largest time over all curves.</summary>
    public double CommonUpperLimit { get; }

    /// <summary>The restricted mean of curve <paramref name="curve"/> under <see cref="KaplanMeierOptions.RestrictedMeanLimit"/>.</summary>
    public RestrictedMean RestrictedMean(int curve) => RestrictedMean(curve, Options.RestrictedMeanLimit);

    /// <summary>The restricted mean of curve <paramref name="curve"/> with R's common or individual limit.</summary>
    public RestrictedMean RestrictedMean(int curve, RestrictedMeanLimit limit)
    {
        var c = Curves[curve];
        return c.RestrictedMean(limit == RestrictedMeanLimit.Common ? CommonUpperLimit : c.LastTime);
    }

    /// <summary>Number at risk, cumulative events and cumulative censored of every curve at each time.</summary>
    public RiskTable RiskTable(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var risk = new List<IReadOnlyList<int>>();
        var events = new List<IReadOnlyList<int>>();
        var censored = new List<IReadOnlyList<int>>();
        var labels = new List<string>();
        foreach (var curve in Curves)
        {
            var at = curve.SurvivalAt(times);
            labels.Add(curve.Label);
            risk.Add(at.Select(a => a.NumberAtRisk).ToArray());
            events.Add(at.Select(a => a.CumulativeEvents).ToArray());
            censored.Add(at.Select(a => a.CumulativeCensored).ToArray());
        }

        return new RiskTable([.. times], labels, risk, events, censored);
    }
}
