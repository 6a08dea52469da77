using System.Globalization;
using System.Text;
using System.Text.Json;
using SmnpcRepro.Stats.Input;
using SmnpcRepro.Survival.KaplanMeier;

namespace SmnpcRepro.Stats.Output;

/// <summary>What <c>smnpc stats km</c> prints: the JSON with R's names (docs/stats-json.md) or a text table.</summary>
public static class KaplanMeierReport
{
    public static string Json(SurvivalCsvRequest request, SurvivalCsvTable table, KaplanMeierFit fit, double[] probabilities, double[] atTimes)
    {
        var level = fit.Options.ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, StatsJson.For(fit.Curves.Sum(c => c.Length))))
        {
            w.WriteStartObject();
            w.WriteString("analysis", "km");
            w.WriteString("r_equivalent", "survfit(Surv(time, status) ~ group, conf.type = conf.type, conf.int = conf.int)");
            StatsJson.Input(w, request, table, fit.Options.TimeFix);
            w.WriteString("conf.type", Name(fit.Options.ConfidenceType));
            StatsJson.Number(w, "conf.int", fit.Options.ConfidenceLevel);
            w.WriteString("rmean_limit", fit.Options.RestrictedMeanLimit == RestrictedMeanLimit.Common ? "common" : "individual");
            w.WriteNumber("n", fit.Count);
            w.WriteNumber("events", fit.Events);
            w.WriteStartArray("strata");
            for (var c = 0; c < fit.Curves.Count; c++)
            {
                var curve = fit.Curves[c];
                w.WriteStartObject();
                w.WriteString("label", curve.Label);
                w.WriteNumber("records", curve.Records);
                w.WriteNumber("events", curve.Events);
                var median = curve.Median(MedianDefinition.R);
                StatsJson.Number(w, "median", median.Time);
                StatsJson.Number(w, level + "LCL", median.Lower);
                StatsJson.Number(w, level + "UCL", median.Upper);
                var mean = fit.RestrictedMean(c);
                StatsJson.Number(w, "rmean", mean.Mean);
                StatsJson.Number(w, "se(rmean)", mean.StandardError);
                StatsJson.Number(w, "rmean.upper", mean.UpperLimit);

                w.WriteStartObject("quantile");
                var quantiles = probabilities.Select(p => curve.Quantile(p, MedianDefinition.R)).ToArray();
                StatsJson.Numbers(w, "probs", probabilities);
                StatsJson.Numbers(w, "quantile", quantiles.Select(q => q.Time).ToArray());
                StatsJson.Numbers(w, "lower", quantiles.Select(q => q.Lower).ToArray());
                StatsJson.Numbers(w, "upper", quantiles.Select(q => q.Upper).ToArray());
                w.WriteEndObject();

                w.WriteStartObject("spss");
                var spss = curve.Median(MedianDefinition.Spss);
                StatsJson.Number(w, "median", spss.Time);
                StatsJson.Number(w, "median.se", spss.StandardError);
                StatsJson.Number(w, "median.lower", spss.Lower);
                StatsJson.Number(w, "median.upper", spss.Upper);
                var spssMean = curve.SpssMean();
                StatsJson.Number(w, "mean", spssMean.Mean);
                StatsJson.Number(w, "mean.se", spssMean.StandardError);
                StatsJson.Number(w, "mean.upper", spssMean.UpperLimit);
                var spssQuantiles = probabilities.Select(p => curve.Quantile(p, MedianDefinition.Spss)).ToArray();
                StatsJson.Numbers(w, "quantile", spssQuantiles.Select(q => q.Time).ToArray());
                StatsJson.Numbers(w, "quantile.se", spssQuantiles.Select(q => q.StandardError).ToArray());
                w.WriteEndObject();

                if (atTimes.Length > 0)
                {
                    var at = curve.SurvivalAt(atTimes);
                    w.WriteStartObject("at_times");
                    StatsJson.Numbers(w, "time", atTimes);
                    StatsJson.Integers(w, "n.risk", at.Select(a => a.NumberAtRisk).ToArray());
                    StatsJson.Integers(w, "cum.n.event", at.Select(a => a.CumulativeEvents).ToArray());
                    StatsJson.Integers(w, "cum.n.censor", at.Select(a => a.CumulativeCensored).ToArray());
                    StatsJson.Numbers(w, "surv", at.Select(a => a.Survival).ToArray());
                    StatsJson.Numbers(w, "std.err", at.Select(a => a.StandardError).ToArray());
                    StatsJson.Numbers(w, "greenwood_se_surv", at.Select(a => a.GreenwoodStandardError).ToArray());
                    StatsJson.Numbers(w, "lower", at.Select(a => a.Lower).ToArray());
                    StatsJson.Numbers(w, "upper", at.Select(a => a.Upper).ToArray());
                    w.WriteEndObject();
                }

                w.WriteStartObject("curve");
                StatsJson.Numbers(w, "time", curve.Time);
                StatsJson.Integers(w, "n.risk", curve.NumberAtRisk);
                StatsJson.Integers(w, "n.event", curve.NumberOfEvents);
                StatsJson.Integers(w, "n.censor", curve.NumberCensored);
                StatsJson.Numbers(w, "surv", curve.Survival);
                StatsJson.Numbers(w, "std.err", curve.StandardError);
                StatsJson.Numbers(w, "greenwood_se_surv", Enumerable.Range(0, curve.Length).Select(curve.GreenwoodStandardError).ToArray());
                StatsJson.Numbers(w, "cumhaz", curve.CumulativeHazard);
                StatsJson.Numbers(w, "std.chaz", curve.CumulativeHazardStandardError);
                StatsJson.Numbers(w, "lower", curve.Lower);
                StatsJson.Numbers(w, "upper", curve.Upper);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
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
