namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// A Kaplan–Meier curve read at a chosen time, as R's <c>summary(fit, times = t, extend = TRUE)</c>:
/// the estimate at the last curve time ≤ t (1 before the first), the number at risk at t (rows with
/// time ≥ t), and cumulative events and censored rows with time ≤ t.
/// </summary>
/// <param name="Time">The time asked for.</param>
/// <param name="NumberAtRisk">Rows with time ≥ <paramref name="Time"/>.</param>
/// <param name="CumulativeEvents">Events with time ≤ <paramref name="Time"/>.</param>
/// <param name="CumulativeCensored">Censored rows with time ≤ <paramref name="Time"/>.</param>
/// <param name="Survival">S(t).</param>
/// <param name="StandardError">R's <c>std.err</c> (SE of −log S).</param>
/// <param name="GreenwoodStandardError">Greenwood SE of S (S · std.err; what SPSS prints).</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
public sealed record SurvivalAtTime(
    double Time,
    int NumberAtRisk,
    int CumulativeEvents,
    int CumulativeCensored,
    double Survival,
    double StandardError,
    double GreenwoodStandardError,
    double Lower,
    double Upper);
