using System.CommandLine;
using SmnpcRepro.Stats.Cox;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Cli.Commands.Stats;

/// <summary>
/// <c>smnpc stats cox</c>: Cox proportional hazards regression (R's <c>coxph</c>) or, with
/// <c>--firth</c>, Firth's penalized Cox model (R's <c>coxphf</c>) on any CSV; a table or JSON with R's names.
/// Exit code 0 on success, 2 for input it cannot use (message on standard error, nothing on standard output).
/// </summary>
public static class CoxCommand
{
    /// <summary>Builds the <c>cox</c> subcommand writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var data = new Option<string>("--data") { Description = "CSV file (or .csv.gz) with a header line.", Required = true };
        var time = new Option<string>("--time") { Description = "Column with the survival or censoring time.", Required = true };
        var @event = new Option<string>("--event") { Description = "Column with the status: 1 = event, 0 = censored.", Required = true };
        var covariates = new Option<string>("--covariates") { Description = "Comma-separated terms in R's spelling, e.g. \"age,sex,factor(ph.ecog)\".", Required = true };
        var reference = new Option<string[]>("--ref") { Description = "Reference level of a factor term, COLUMN=LEVEL (repeatable; default: the first level in R's order)." };
        var ordinal = new Option<string[]>("--ordinal") { Description = "Treat a plain covariate column as ordinal: one hazard ratio per step between its levels (repeatable)." };
        var ties = new Option<string>("--ties") { Description = "Tie handling: efron (R's default) or breslow (SPSS, SAS).", DefaultValueFactory = _ => "efron" };
        var strata = new Option<string?>("--strata") { Description = "Column whose levels get separate baseline hazards." };
        var robust = new Option<bool>("--robust") { Description = "Robust (sandwich) standard errors." };
        var cluster = new Option<string?>("--cluster") { Description = "Column of clusters for the robust variance (implies --robust)." };
        var firth = new Option<bool>("--firth") { Description = "Firth-penalized Cox model (coxphf): finite under monotone likelihood, profile-likelihood intervals. Breslow ties." };
        var zph = new Option<bool>("--zph") { Description = "Proportional-hazards test (cox.zph, transform \"km\")." };
        var baseline = new Option<bool>("--baseline") { Description = "Baseline survival curve at the covariate means (survfit)." };
        var level = new Option<double>("--conf-level") { Description = "Confidence level of the intervals.", DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = "Write JSON (schema: docs/stats-cox-json.md) instead of a table." };
        var timings = new Option<bool>("--timings") { Description = "Write the elapsed milliseconds of reading, fitting and writing to standard error." };

        var command = new Command("cox", "Cox proportional hazards regression (R's coxph; --firth: coxphf) on a CSV file.");
        foreach (var option in new Option[] { data, time, @event, covariates, reference, ordinal, ties, strata, robust, cluster, firth, zph, baseline, level, json, timings })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(console, new CoxRequest(
            parse.GetValue(data)!,
            parse.GetValue(time)!,
            parse.GetValue(@event)!,
            parse.GetValue(covariates)!,
            parse.GetValue(reference) ?? [],
            parse.GetValue(ordinal) ?? [],
            parse.GetValue(ties) ?? "efron",
            parse.GetValue(strata),
            parse.GetValue(robust),
            parse.GetValue(cluster),
            parse.GetValue(firth),
            parse.GetValue(zph),
            parse.GetValue(baseline),
            parse.GetValue(level),
            parse.GetValue(json),
            parse.GetValue(timings))));
        return command;
    }

    private static int Run(CliConsole console, CoxRequest request)
    {
        try
        {
            var tieMethod = request.Ties switch
            {
                "efron" => TieMethod.Efron,
                "breslow" => TieMethod.Breslow,
                _ => throw new CoxInputException($"--ties '{request.Ties}': use efron or breslow."),
            };
            if (request.Firth && (request.Strata is not null || request.Cluster is not null || request.Robust || request.Zph || request.Baseline))
            {
                throw new CoxInputException("--firth fits coxphf's model (always Breslow ties): it takes no --strata, --cluster, --robust, --zph or --baseline.");
            }

            CoxCovariateList terms;
            try
            {
                terms = CoxCovariateList.Parse(request.Covariates, request.References, request.Ordinal);
            }
            catch (FormatException e)
            {
                throw new CoxInputException(e.Message);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var input = CoxInput.Load(request.Data, request.Time, request.Event, terms, request.Strata, request.Cluster);
            var readMs = clock.Elapsed.TotalMilliseconds;
            var cpuBeforeFit = Environment.CpuUsage.TotalTime;
            double fitMs, fitCpuMs;
            string output;
            try
            {
                if (request.Firth)
                {
                    var fit = FirthCoxModel.Fit(input.Data, new FirthOptions { ConfidenceLevel = request.ConfidenceLevel });
                    fitMs = clock.Elapsed.TotalMilliseconds - readMs;
                    fitCpuMs = (Environment.CpuUsage.TotalTime - cpuBeforeFit).TotalMilliseconds;
                    output = request.Json ? CoxJson.WriteFirth(request, input, fit) : CoxText.WriteFirth(request, fit);
                }
                else
                {
                    var options = new CoxOptions { Ties = tieMethod, Robust = request.Robust || request.Cluster is not null, ConfidenceLevel = request.ConfidenceLevel };
                    var fit = CoxModel.Fit(input.Data, options);
                    var test = request.Zph ? ProportionalHazardsTest.Compute(fit) : null;
                    var curves = request.Baseline ? BaselineSurvival.Compute(fit) : null;
                    fitMs = clock.Elapsed.TotalMilliseconds - readMs;
                    fitCpuMs = (Environment.CpuUsage.TotalTime - cpuBeforeFit).TotalMilliseconds;
                    output = request.Json ? CoxJson.Write(request, input, fit, test, curves) : CoxText.Write(request, fit, test);
                }
            }
            catch (ArgumentException e)
            {
                throw new CoxInputException($"{request.Data}: error: {e.Message}");
            }

            console.Out.Write(output);
            if (request.Json)
            {
                console.Out.WriteLine();
            }

            if (request.Timings)
            {
                console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"timings (ms): read {readMs:0} fit {fitMs:0} (cpu {fitCpuMs:0}) write {clock.Elapsed.TotalMilliseconds - readMs - fitMs:0} rows {input.Frame.RowCount}"));
            }

            return 0;
        }
        catch (CoxInputException e)
        {
            console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
