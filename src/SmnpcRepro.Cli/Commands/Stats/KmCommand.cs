using System.CommandLine;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Output;
using SmnpcRepro.Survival.KaplanMeier;
using KM = SmnpcRepro.Survival.KaplanMeier.KaplanMeier;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// <c>smnpc stats km</c>: Kaplan–Meier curves of any CSV, as R's <c>survfit</c> — a table, or JSON with R's
/// names (docs/stats-json.md). Exit 0 on success, 2 on bad input (message on standard error, nothing on
/// standard output).
/// </summary>
public static class KmCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("km", "Kaplan-Meier estimate per group (R's survfit): curve, median and quantiles with CIs, restricted mean, SPSS's median and mean.");
        var shared = SurvivalCsvOptions.AddTo(command, groupRequired: false);
        var confType = new Option<string>("--conf-type") { Description = "Pointwise CI of S: log (R's default), log-log or plain.", DefaultValueFactory = _ => "log" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var confLevel = new Option<double>("--conf-level") { Description = "CI level, e.g. 0.95.", DefaultValueFactory = _ => 0.95 };
        var median = new Option<string>("--median") { Description = "Median shown in the table: r (R's print.survfit) or spss (first time with S <= 0.5, SE, symmetric CI). JSON has both.", DefaultValueFactory = _ => "r" };
        median.AcceptOnlyFromAmong("r", "spss");
        var rmean = new Option<string>("--rmean") { Description = "Restricted mean limit: common (R's default: largest time of all groups) or individual (each group's own; SPSS's mean).", DefaultValueFactory = _ => "common" };
        rmean.AcceptOnlyFromAmong("common", "individual");
        var probs = new Option<string>("--probs") { Description = "Quantile probabilities (R's quantile.survfit), comma-separated.", DefaultValueFactory = _ => "0.25,0.5,0.75" };
        var times = new Option<string?>("--times") { Description = "Times at which to report S, its CI and the risk table (number at risk, cumulative events and censored), comma-separated." };
        var curve = new Option<bool>("--curve") { Description = "Also print the curve rows in the table output (JSON always has them)." };
        foreach (var option in new Option[] { confType, confLevel, median, rmean, probs, times, curve })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            try
            {
                var request = shared.Request(parse);
                var options = new KaplanMeierOptions
                {
                    ConfidenceType = ParseType(parse.GetValue(confType)!),
                    ConfidenceLevel = parse.GetValue(confLevel),
                    TimeFix = !parse.GetValue(shared.NoTimeFix),
                    MedianDefinition = parse.GetValue(median) == "spss" ? MedianDefinition.Spss : MedianDefinition.R,
                    RestrictedMeanLimit = parse.GetValue(rmean) == "individual" ? RestrictedMeanLimit.Individual : RestrictedMeanLimit.Common,
                };
                var probabilities = NumberList.Parse(parse.GetValue(probs), "--probs");
                var atTimes = NumberList.Parse(parse.GetValue(times), "--times");
                if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
                {
                    throw new SurvivalInputException("--conf-level must be strictly between 0 and 1.");
                }

                if (probabilities.Any(p => !(p >= 0 && p <= 1)))
                {
                    throw new SurvivalInputException("--probs must lie in [0, 1].");
                }

                var table = SurvivalCsvInput.Load(request);
                var fit = KM.Fit(table.Data, options);
                var output = parse.GetValue(shared.Json)
                    ? KaplanMeierReport.Json(request, table, fit, probabilities, atTimes, parse.GetValue(confType)!)
                    : KaplanMeierReport.Table(table, fit, probabilities, atTimes, parse.GetValue(curve));
                console.Out.Write(output);
                return 0;
            }
            catch (SurvivalInputException e)
            {
                console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    internal static ConfidenceIntervalType ParseType(string text) => text switch
    {
        "log" => ConfidenceIntervalType.Log,
        "log-log" => ConfidenceIntervalType.LogLog,
        "plain" => ConfidenceIntervalType.Plain,
        _ => throw new SurvivalInputException($"--conf-type '{text}': use log, log-log or plain."),
    };
}
