using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Output;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Stats.Analyses;

/// <summary>The workflow of <c>smnpc stats km</c>: validate → input (shared contract) → R's <c>survfit</c> → JSON or text.</summary>
public static class KaplanMeierAnalysis
{
    /// <summary>Runs the request; returns the JSON or the table.</summary>
    /// <exception cref="SurvivalInputException">Input that cannot be used; the message names file, line and column where it can.</exception>
    public static StatsOutput Run(KaplanMeierRequest request, bool json)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.Options.ConfidenceLevel > 0 && request.Options.ConfidenceLevel < 1))
        {
            throw new SurvivalInputException("--conf-level must be strictly between 0 and 1.");
        }

        if (request.Probabilities.Any(p => !(p >= 0 && p <= 1)))
        {
            throw new SurvivalInputException("--probs must lie in [0, 1].");
        }

        var table = SurvivalCsvInput.Load(request.Input);
        var fit = KM.Fit(table.Data, request.Options);
        return json
            ? KaplanMeierReport.Json(request.Input, table, fit, request.Probabilities, request.AtTimes)
            : StatsOutput.Of(KaplanMeierReport.Table(table, fit, request.Probabilities, request.AtTimes, request.Curve));
    }
}
