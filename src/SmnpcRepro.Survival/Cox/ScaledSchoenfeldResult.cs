namespace SmnpcRepro.Survival.Cox;

/// <summary>
/// The plotting part of R's <c>cox.zph</c> object: one row per event, in time order (ties in data order).
/// </summary>
/// <param name="Transform">The time transform of <see cref="TransformedTime"/> (always "km" here).</param>
/// <param name="Terms">Coefficient names, one per residual column.</param>
/// <param name="Time">Event times (R's <c>$time</c>).</param>
/// <param name="TransformedTime">1 − KM(t−) at each event, the pooled Kaplan–Meier just before it (R's <c>$x</c>).</param>
/// <param name="Strata">Stratum label of each event (empty for an unstratified model).</param>
/// <param name="Residuals">Scaled Schoenfeld residuals plus β̂, one array per coefficient (R's <c>$y</c> columns); NaN where R has NA.</param>
public sealed record ScaledSchoenfeldResult(
    string Transform,
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> Time,
    IReadOnlyList<double> TransformedTime,
    IReadOnlyList<string> Strata,
    IReadOnlyList<IReadOnlyList<double>> Residuals);
