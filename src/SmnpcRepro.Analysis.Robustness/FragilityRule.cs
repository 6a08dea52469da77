namespace SmnpcRepro.Analysis.Robustness;

/// <summary>
/// When an estimate printed in Table 2 is too fragile to be read without a warning: its model has fewer
/// than <see cref="MinimumEventsPerVariable"/> events per variable, its interval's upper bound exceeds
/// its lower bound more than <see cref="WideIntervalRatio"/>-fold, its likelihood is monotone (the
/// estimate runs to infinity), or Firth's penalty moves it by more than <see cref="Instability"/> allows
/// (the appendix's rule, the same object). The appendix prints intervals wider than
/// <see cref="WideIntervalRatio"/> in three significant figures.
/// </summary>
/// <param name="MinimumEventsPerVariable">Fewer events per variable than this is fragile (Vittinghoff &amp; McCulloch 2007's relaxed rule).</param>
/// <param name="WideIntervalRatio">An interval whose upper/lower ratio exceeds this is fragile.</param>
/// <param name="Instability">The appendix's instability rule, whose Firth shift counts here.</param>
public sealed record FragilityRule(double MinimumEventsPerVariable, double WideIntervalRatio, InstabilityRule Instability)
{
    /// <summary>The rule Table 2's marks and <c>smnpc build</c>'s warnings apply: 5 events per variable, a 100-fold interval, the appendix's Firth rule.</summary>
    public static FragilityRule Table2 { get; } = new(5, 100, InstabilityRule.Appendix);

    /// <summary>Whether <paramref name="events"/> over <paramref name="variables"/> is too few.</summary>
    public bool IsFewEventsPerVariable(int events, int variables) => variables > 0 && (double)events / variables < MinimumEventsPerVariable;

    /// <summary>Whether an interval is too wide (a bound that is not a positive finite number counts as wide).</summary>
    public bool IsWide(double lower, double upper) => !(lower > 0 && double.IsFinite(upper) && upper / lower <= WideIntervalRatio);
}
