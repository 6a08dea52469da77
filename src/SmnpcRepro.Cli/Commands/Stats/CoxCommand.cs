using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SmnpcRepro.Stats.Analyses;
using SmnpcRepro.Stats.Cox;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.Cox;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// <c>smnpc stats cox</c>: Cox proportional hazards regression (R's <c>coxph</c>) or, with
/// <c>--firth</c>, Firth's penalized Cox model (R's <c>coxphf</c>) on any CSV; a table or JSON with R's names.
/// Maps its options to a <see cref="CoxRequest"/> and runs <see cref="CoxAnalysis"/>. Exit code 0 on
/// success, 2 for input it cannot use (message on standard error, nothing on standard output).
/// </summary>
public static class CoxCommand
{
    private static readonly (string, TieMethod)[] TieSpellings = [("efron", TieMethod.Efron), ("breslow", TieMethod.Breslow)];

    /// <summary>Builds the <c>cox</c> subcommand writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("cox", "Cox proportional hazards regression (R's coxph; --firth: coxphf) on a CSV file.");
        var shared = SurvivalCsvOptions.AddTo(command, groupRequired: false, withGroup: false);
        var covariates = new Option<string>("--covariates") { Description = "Comma-separated terms in R's spelling, e.g. \"age,sex,factor(ph.ecog)\".", Required = true };
        var reference = new Option<string[]>("--ref") { Description = "Reference level of a factor term, COLUMN=LEVEL (repeatable; default: the first level in R's order; a number matches its level in any spelling)." };
        var ordinal = new Option<string[]>("--ordinal") { Description = "Treat a plain covariate column as ordinal: one hazard ratio per step between its levels (repeatable)." };
        var ties = ChoiceOption.Create("--ties", "Tie handling: efron (R's default) or breslow (SPSS, SAS).", TieMethod.Efron, TieSpellings);
        var robust = new Option<bool>("--robust") { Description = "Robust (sandwich) standard errors." };
        var cluster = new Option<string?>("--cluster") { Description = "Column of clusters for the robust variance (implies --robust)." };
        var firth = new Option<bool>("--firth") { Description = "Firth-penalized Cox model (coxphf): finite under monotone likelihood, profile-likelihood intervals. Breslow ties." };
        var zph = new Option<bool>("--zph") { Description = "Proportional-hazards test (cox.zph, transform \"km\")." };
        var baseline = new Option<bool>("--baseline") { Description = "Baseline survival curve at the covariate means (survfit)." };
        var level = new Option<double>("--conf-level") { Description = "Confidence level of the intervals.", DefaultValueFactory = _ => 0.95 };
        var timings = new Option<bool>("--timings") { Description = "Write the elapsed milliseconds of reading, fitting and writing to standard error." };
        foreach (var option in new Option[] { covariates, reference, ordinal, ties, robust, cluster, firth, zph, baseline, level, timings })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            try
            {
                var request = new CoxRequest(
                    shared.Request(parse),
                    parse.GetValue(covariates)!,
                    parse.GetValue(reference) ?? [],
                    parse.GetValue(ordinal) ?? [],
                    parse.GetValue(ties),
                    parse.GetValue(robust),
                    parse.GetValue(cluster),
                    parse.GetValue(firth),
                    parse.GetValue(zph),
                    parse.GetValue(baseline),
                    parse.GetValue(level),
                    !parse.GetValue(shared.NoTimeFix));
                var run = CoxAnalysis.Run(request, parse.GetValue(shared.Json));
                var writing = Stopwatch.StartNew();
                console.Write(run.Output);
                if (parse.GetValue(timings))
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"timings (ms): read {run.ReadMilliseconds:0} fit {run.FitMilliseconds:0} (cpu {run.FitCpuMilliseconds:0}) write {writing.Elapsed.TotalMilliseconds:0} rows {run.RowsRead}"));
                }

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
