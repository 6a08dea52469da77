using System.CommandLine;
using SmnpcRepro.Stats.Analyses;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.KaplanMeier;

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
        var confType = ChoiceOption.Create("--conf-type", "Pointwise CI of S: log (R's default), log-log or plain.", ConfidenceIntervalType.Log,
            ("log", ConfidenceIntervalType.Log), ("log-log", ConfidenceIntervalType.LogLog), ("plain", ConfidenceIntervalType.Plain));
        var confLevel = new Option<double>("--conf-level") { Description = "CI level, e.g. 0.95.", DefaultValueFactory = _ => 0.95 };
        var median = ChoiceOption.Create("--median", "Median shown in the table: r (R's print.survfit) or spss (first time with S <= 0.5, SE, symmetric CI). JSON has both.", MedianDefinition.R,
            ("r", MedianDefinition.R), ("spss", MedianDefinition.Spss));
        var rmean = ChoiceOption.Create("--rmean", "Restricted mean limit: common (R's default: largest time of all groups) or individual (each group's own; SPSS's mean).", RestrictedMeanLimit.Common,
            ("common", RestrictedMeanLimit.Common), ("individual", RestrictedMeanLimit.Individual));
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
                var request = new KaplanMeierRequest(
                    shared.Request(parse),
                    new KaplanMeierOptions
                    {
                        ConfidenceType = parse.GetValue(confType),
                        ConfidenceLevel = parse.GetValue(confLevel),
                        TimeFix = !parse.GetValue(shared.NoTimeFix),
                        MedianDefinition = parse.GetValue(median),
                        RestrictedMeanLimit = parse.GetValue(rmean),
                    },
                    NumberList.Parse(parse.GetValue(probs), "--probs"),
                    NumberList.Parse(parse.GetValue(times), "--times"),
                    parse.GetValue(curve));
                console.Write(KaplanMeierAnalysis.Run(request, parse.GetValue(shared.Json)));
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
}
