namespace SmnpcRepro.Analysis.Outcomes;

/// <summary>A median survival time with its CI, for one group (or everyone).</summary>
/// <param name="Group">Group label ("All patients" for the whole cohort).</param>
/// <param name="Patients">Patients in the group.</param>
/// <param name="Deaths">Deaths in the group.</param>
/// <param name="Median">Median survival (NaN when the curve never reaches 0.5: "not reached").</param>
/// <param name="Lower">Lower CI bound (NaN when not estimable).</param>
/// <param name="Upper">Upper CI bound (NaN when not estimable or not reached).</param>
/// <param name="StandardError">SE of the median (SPSS definition only; NaN for R's).</param>
public sealed record MedianSurvival(string Group, int Patients, int Deaths, double Median, double Lower, double Upper, double StandardError);
