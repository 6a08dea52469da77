namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// The table printed under a Kaplan–Meier plot: for each curve and each chosen time, the number at risk,
/// cumulative events and cumulative censored (see <see cref="SurvivalAtTime"/> for the definitions).
/// </summary>
/// <param name="Times">The chosen times.</param>
/// <param name="Curves">Curve labels, in the fit's order.</param>
/// <param name="NumberAtRisk"><c>NumberAtRisk[curve][time]</c>.</param>
/// <param name="CumulativeEvents"><c>CumulativeEvents[curve][time]</c>.</param>
/// <param name="CumulativeCensored"><c>CumulativeCensored[curve][time]</c>.</param>
public sealed record RiskTable(
    IReadOnlyList<double> Times,
    IReadOnlyList<string> Curves,
    IReadOnlyList<IReadOnlyList<int>> NumberAtRisk,
    IReadOnlyList<IReadOnlyList<int>> CumulativeEvents,
    IReadOnlyList<IReadOnlyList<int>> CumulativeCensored);
