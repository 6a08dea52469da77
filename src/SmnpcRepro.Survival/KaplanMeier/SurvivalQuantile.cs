namespace SmnpcRepro.Survival.KaplanMeier;

/// <summary>
/// A quantile of a Kaplan–Meier curve (the median is p = 0.5): the time, its confidence limits, and
/// (SPSS's definition only) its standard error. NaN means not reached / not defined (R's NA).
/// </summary>
/// <param name="Probability">p: the time by which a fraction p has had the event (S = 1 − p).</param>
/// <param name="Time">The estimate.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="StandardError">SPSS's SE (NaN under R's definition, which has none).</param>
/// <param name="Definition">The definition used.</param>
public sealed record SurvivalQuantile(double Probability, double Time, double Lower, double Upper, double StandardError, MedianDefinition Definition);
