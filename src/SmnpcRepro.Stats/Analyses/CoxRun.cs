using SmnpcRepro.Stats.Output;

namespace SmnpcRepro.Stats.Analyses;

/// <summary>The output of one <see cref="CoxAnalysis.Run"/> and where its time went (milliseconds).</summary>
/// <param name="Output">The table or JSON, ending in a newline (written when the caller writes it).</param>
/// <param name="ReadMilliseconds">Reading and validating the CSV.</param>
/// <param name="FitMilliseconds">Fitting (and the zph test and baseline when asked for).</param>
/// <param name="FitCpuMilliseconds">CPU time of the fit, all threads.</param>
/// <param name="RowsRead">Lines after the header.</param>
public sealed record CoxRun(StatsOutput Output, double ReadMilliseconds, double FitMilliseconds, double FitCpuMilliseconds, int RowsRead);
