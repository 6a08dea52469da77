using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Stats.Analyses;

/// <summary>One Kaplan–Meier analysis asked for (<c>smnpc stats km</c>).</summary>
/// <param name="Input">File, columns and codes, read under the shared input contract.</param>
/// <param name="Options">R's <c>survfit</c> options (CI type and level, median, restricted mean, timefix).</param>
/// <param name="Probabilities">Quantile probabilities.</param>
/// <param name="AtTimes">Times for the risk table; empty for none.</param>
/// <param name="Curve">Print the curve rows in the text table too.</param>
public sealed record KaplanMeierRequest(SurvivalCsvRequest Input, KaplanMeierOptions Options, double[] Probabilities, double[] AtTimes, bool Curve);
