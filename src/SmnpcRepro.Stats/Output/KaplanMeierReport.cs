using System.Globalization;
using System.Text;
using System.Text.Json;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Stats.Json;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Stats.Output;

/// <summary>What <c>smnpc stats km</c> prints: the JSON with R's names (docs/stats-json.md) or a text table.</summary>
public static class KaplanMeierReport
{
    public static StatsOutput Json(SurvivalCsvRequest request, SurvivalCsvTable table, KaplanMeierFit fit, double[] probabilities, double[] atTimes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(atTimes);
        var level = fit.Options.ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture);
        var strata = new List<KaplanMeierStratumJson>(fit.Curves.Count);
        for (var c = 0; c < fit.Curves.Count; c++)
        {
            strata.Add(Stratum(fit, c, level, probabilities, atTimes));
        }

        var json = new KaplanMeierJson(
            "km",
            "survfit(Surv(time, status) ~ group, conf.type = conf.type, conf.int = conf.int)",
            InputJson.From(request, table, fit.Options.TimeFix),
            Name(fit.Options.ConfidenceType),
            fit.Options.ConfidenceLevel,
            fit.Options.RestrictedMeanLimit == RestrictedMeanLimit.Common ? "common" : "individual",
            fit.Count,
            fit.Events,
            strata);
        return StatsOutput.Json(json, StatsJsonContext.Default.KaplanMeierJson, fit.Curves.Sum(c => c.Length));
    }

    private static KaplanMeierStratumJson Stratum(KaplanMeierFit fit, int c, string level, double[] probabilities, double[] atTimes)
    {
        var curve = fit.Curves[c];
        var median = curve.Median(MedianDefinition.R);
        var mean = fit.RestrictedMean(c);
        var quantiles = probabilities.Select(p => curve.Quantile(p, MedianDefinition.R)).ToArray();
        var spss = curve.Median(MedianDefinition.Spss);
        var spssMean = curve.SpssMean();
        var spssQuantiles = probabilities.Select(p => curve.Quantile(p, MedianDefinition.Spss)).ToArray();
        KaplanMeierAtTimesJson? at = null;
        if (atTimes.Length > 0)
        {
            var rows = curve.SurvivalAt(atTimes);
            at = new KaplanMeierAtTimesJson(
                atTimes,
                rows.Select(a => a.NumberAtRisk).ToArray(),
                rows.Select(a => a.CumulativeEvents).ToArray(),
                rows.Select(a => a.CumulativeCensored).ToArray(),
                rows.Select(a => a.Survival).ToArray(),
                rows.Select(a => a.StandardError).ToArray(),
                rows.Select(a => a.GreenwoodStandardError).ToArray(),
                rows.Select(a => a.Lower).ToArray(),
                rows.Select(a => a.Upper).ToArray());
        }

        return new KaplanMeierStratumJson
        {
            Label = curve.Label,
            Records = curve.Records,
            Events = curve.Events,
            Median = median.Time,
            RestrictedMean = mean.Mean,
            RestrictedMeanStandardError = mean.StandardError,
            RestrictedMeanUpperLimit = mean.UpperLimit,
            Quantile = new KaplanMeierQuantilesJson(probabilities, quantiles.Select(q => q.Time).ToArray(), quantiles.Select(q => q.Lower).ToArray(), quantiles.Select(q => q.Upper).ToArray()),
            Spss = new KaplanMeierSpssJson(spss.Time, spss.StandardError, spss.Lower, spss.Upper, spssMean.Mean, spssMean.StandardError, spssMean.UpperLimit,
                spssQuantiles.Select(q => q.Time).ToArray(), spssQuantiles.Select(q => q.StandardError).ToArray()),
            AtTimes = at,
            Curve = new KaplanMeierCurveJson(
                curve.Time.ToArray(),
                curve.NumberAtRisk.ToArray(),
                curve.NumberOfEvents.ToArray(),
                curve.NumberCensored.ToArray(),
                curve.Survival.ToArray(),
                curve.StandardError.ToArray(),
                Enumerable.Range(0, curve.Length).Select(curve.GreenwoodStandardError).ToArray(),
                curve.CumulativeHazard.ToArray(),
                curve.CumulativeHazardStandardError.ToArray(),
                curve.Lower.ToArray(),
                curve.Upper.ToArray()),
            MedianInterval = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                [level + "LCL"] = JsonSerializer.SerializeToElement(median.Lower, StatsJsonContext.Default.Double),
                [level + "UCL"] = JsonSerializer.SerializeToElement(median.Upper, StatsJsonContext.Default.Double),
            },
        };
    }

    public static string Table(SurvivalCsvTable table, KaplanMeierFit fit, double[] probabilities, double[] atTimes, bool withCurve)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var level = fit.Options.ConfidenceLevel.ToString("R", inv);
        var spssMedian = fit.Options.MedianDefinition == MedianDefinition.Spss;
        b.AppendLine(inv, $"Kaplan-Meier (R survfit), conf.type = {Name(fit.Options.ConfidenceType)}, conf.int = {level}; n = {fit.Count}, events = {fit.Events}");
        if (table.RowsDropped > 0)
        {
            b.AppendLine(inv, $"{table.RowsDropped} of {table.RowsRead} rows dropped for a missing value ({string.Join(", ", table.DroppedByColumn.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key}: {kv.Value}"))}); first lines: {string.Join(", ", table.DroppedLines)}");
        }

        b.AppendLine();
        var meanName = fit.Options.RestrictedMeanLimit == RestrictedMeanLimit.Common ? "rmean*" : "rmean**";
        var summary = new TextTable().Add("", "n", "events", meanName, "se(rmean)", spssMedian ? "median(SPSS)" : "median", spssMedian ? "se" : null, level + "LCL", level + "UCL");
        for (var c = 0; c < fit.Curves.Count; c++)
        {
            var curve = fit.Curves[c];
            var median = curve.Median();
            var mean = fit.RestrictedMean(c);
            summary.Add(curve.Label, I(curve.Records), I(curve.Events), F(mean.Mean), F(mean.StandardError), F(median.Time), spssMedian ? F(median.StandardError) : null, F(median.Lower), F(median.Upper));
        }

        summary.AppendTo(b);

        b.AppendLine(fit.Options.RestrictedMeanLimit == RestrictedMeanLimit.Common
            ? string.Create(inv, $"    * restricted mean with upper limit = {F(fit.CommonUpperLimit)}")
            : "    ** restricted mean with each group's own largest time as limit (SPSS's mean)");

        if (probabilities.Length > 0)
        {
            b.AppendLine().AppendLine("Quantiles (R quantile.survfit; lower, upper):");
            foreach (var curve in fit.Curves)
            {
                var parts = probabilities.Select(p => curve.Quantile(p, fit.Options.MedianDefinition)).Select(q => string.Create(inv, $"{q.Probability * 100:0.##}%: {F(q.Time)} ({F(q.Lower)}, {F(q.Upper)})"));
                b.AppendLine(inv, $"  {curve.Label}: {string.Join("; ", parts)}");
            }
        }

        if (atTimes.Length > 0)
        {
            b.AppendLine().AppendLine("At chosen times (se: Greenwood SE of S):");
            foreach (var curve in fit.Curves)
            {
                b.AppendLine(inv, $"  {curve.Label}");
                var at = new TextTable().Add("time", "n.risk", "cum.events", "cum.censored", "surv", "se", "lower", "upper");
                foreach (var a in curve.SurvivalAt(atTimes))
                {
                    at.Add(F(a.Time), I(a.NumberAtRisk), I(a.CumulativeEvents), I(a.CumulativeCensored), F(a.Survival), F(a.GreenwoodStandardError), F(a.Lower), F(a.Upper));
                }

                at.AppendTo(b, "    ");
            }
        }

        if (withCurve)
        {
            foreach (var curve in fit.Curves)
            {
                b.AppendLine().AppendLine(inv, $"{curve.Label}");
                var rows = new TextTable().Add("time", "n.risk", "n.event", "n.censor", "surv", "std.err", "lower", "upper");
                for (var j = 0; j < curve.Length; j++)
                {
                    rows.Add(F(curve.Time[j]), I(curve.NumberAtRisk[j]), I(curve.NumberOfEvents[j]), I(curve.NumberCensored[j]), F(curve.Survival[j]), F(curve.StandardError[j]), F(curve.Lower[j]), F(curve.Upper[j]));
                }

                rows.AppendTo(b);
            }
        }

        return b.ToString();
    }

    private static string Name(ConfidenceIntervalType type) => type switch
    {
        ConfidenceIntervalType.Log => "log",
        ConfidenceIntervalType.LogLog => "log-log",
        _ => "plain",
    };

    private static string F(double x) => double.IsNaN(x) ? "NA" : x.ToString("G6", CultureInfo.InvariantCulture);

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);
}
