using System.Text.Json;
using SmnpcRepro.Stats.Output;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Stats.Cox;

/// <summary>
/// The JSON of <c>smnpc stats cox --json</c>, with R's names (schema: docs/stats-cox-json.md). Numbers follow
/// the conventions of every stats verb (<see cref="StatsJson"/>): shortest round-trip form; NaN (a
/// coefficient that is not estimable, a profile limit that was not found) is <c>null</c>; ±∞ (an
/// overflowing hazard ratio or interval limit) is the string <c>"Infinity"</c> or <c>"-Infinity"</c>.
/// </summary>
public static class CoxJson
{
    public static string Write(CoxRequest request, CoxInput input, CoxFit fit, ProportionalHazardsResult? zph, IReadOnlyList<BaselineSurvivalCurve>? baseline)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            Header(w, request, input, "coxph", fit.Ties == TieMethod.Efron ? "efron" : "breslow", fit.RowCount, fit.EventCount, fit.ConfidenceLevel);
            w.WriteStartArray("coefficients");
            foreach (var c in fit.Coefficients)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("term", c.Term);
                Number(w, "coef", c.Coefficient);
                Number(w, "hr", c.HazardRatio);
                Number(w, "se", c.StandardError);
                if (fit.IsRobust)
                {
                    Number(w, "robust_se", c.RobustStandardError ?? double.NaN);
                }

                Number(w, "z", c.Z);
                Number(w, "p", c.P);
                Number(w, "lower", c.ConfidenceInterval.Lower);
                Number(w, "upper", c.ConfidenceInterval.Upper);
                w.WriteBoolean("estimable", c.IsEstimable);
                w.WriteBoolean("may_be_infinite", c.MayBeInfinite);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("terms");
            foreach (var t in fit.TermTests)
            {
                w.WriteStartObject();
                w.WriteString("term", t.Term);
                w.WriteStartArray("columns");
                foreach (var c in t.Columns)
                {
                    w.WriteStringValue(c);
                }

                w.WriteEndArray();
                Test(w, "wald", t.Wald);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Numbers(w, "loglik", [fit.LogLikelihoodNull, fit.LogLikelihoodFinal]);
            Test(w, "lrt", fit.LikelihoodRatioTest);
            Test(w, "wald", fit.WaldTest);
            Test(w, "score", fit.ScoreTest);
            if (fit.RobustScoreTest is { } robust)
            {
                Test(w, "robust_score", robust);
            }

            w.WriteNumber("iter", fit.Iterations);
            w.WriteBoolean("converged", fit.Converged);
            Strings(w, "warnings", fit.Warnings);
            w.WriteStartObject("concordance");
            Number(w, "concordance", fit.Concordance.Concordance);
            Number(w, "se", fit.Concordance.StandardError);
            Number(w, "concordant", fit.Concordance.Concordant);
            Number(w, "discordant", fit.Concordance.Discordant);
            Number(w, "tied.x", fit.Concordance.TiedRisk);
            Number(w, "tied.y", fit.Concordance.TiedTime);
            Number(w, "tied.xy", fit.Concordance.TiedBoth);
            w.WriteEndObject();
            Number(w, "events_per_variable", fit.EventsPerVariable);
            w.WriteStartObject("means");
            for (var j = 0; j < fit.Means.Count; j++)
            {
                Number(w, fit.Coefficients[j].Name, fit.Means[j]);
            }

            w.WriteEndObject();
            Matrix(w, "var", fit.Variance);
            if (fit.NaiveVariance is { } naive)
            {
                Matrix(w, "naive_var", naive);
            }

            if (fit.Strata.Count > 0)
            {
                Strings(w, "strata_levels", fit.Strata);
            }

            if (zph is not null)
            {
                w.WriteStartObject("zph");
                w.WriteString("transform", zph.Transform);
                w.WriteStartArray("terms");
                foreach (var row in zph.Rows)
                {
                    w.WriteStartObject();
                    w.WriteString("term", row.Term);
                    TestFields(w, row.Test);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Test(w, "global", zph.Global);
                w.WriteEndObject();
            }

            if (baseline is not null)
            {
                w.WriteStartArray("baseline");
                foreach (var curve in baseline)
                {
                    w.WriteStartObject();
                    w.WriteString("strata", curve.Stratum);
                    Numbers(w, "time", curve.Time);
                    Numbers(w, "n.risk", curve.NumberAtRisk.Select(v => (double)v).ToArray());
                    Numbers(w, "n.event", curve.Events.Select(v => (double)v).ToArray());
                    Numbers(w, "n.censor", curve.Censored.Select(v => (double)v).ToArray());
                    Numbers(w, "surv", curve.Survival);
                    Numbers(w, "cumhaz", curve.CumulativeHazard);
                    Numbers(w, "std.err", curve.StandardError);
                    Numbers(w, "lower", curve.Lower);
                    Numbers(w, "upper", curve.Upper);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string WriteFirth(CoxRequest request, CoxInput input, FirthCoxFit fit)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            Header(w, request, input, "coxphf", "breslow", fit.RowCount, fit.EventCount, fit.Coefficients.Count > 0 ? fit.Coefficients[0].ConfidenceInterval.Level : 0.95);
            w.WriteString("method", "Penalized ML");
            w.WriteString("method_ci", fit.IntervalMethod);
            w.WriteStartArray("coefficients");
            foreach (var c in fit.Coefficients)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("term", c.Term);
                Number(w, "coef", c.Coefficient);
                Number(w, "hr", c.HazardRatio);
                Number(w, "se", c.StandardError);
                Number(w, "lower", c.ConfidenceInterval.Lower);
                Number(w, "upper", c.ConfidenceInterval.Upper);
                Number(w, "chisq", c.ChiSquare);
                Number(w, "p", c.P);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Numbers(w, "loglik", [fit.PenalizedLogLikelihoodNull, fit.PenalizedLogLikelihoodFinal]);
            Numbers(w, "loglik_original_scale", [fit.PenalizedLogLikelihoodNull + fit.OriginalScaleShift, fit.PenalizedLogLikelihoodFinal + fit.OriginalScaleShift]);
            Test(w, "lrt", fit.LikelihoodRatioTest);
            Test(w, "wald", fit.WaldTest);
            w.WriteNumber("iter", fit.Iterations);
            w.WriteBoolean("converged", fit.Converged);
            Strings(w, "warnings", fit.Warnings);
            Number(w, "events_per_variable", fit.EventsPerVariable);
            Matrix(w, "var", fit.Variance);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Header(Utf8JsonWriter w, CoxRequest request, CoxInput input, string analysis, string ties, int n, int events, double level)
    {
        w.WriteString("analysis", analysis);
        StatsJson.Input(w, request.Input, input.Table, request.TimeFix);
        w.WriteString("data", request.Input.Path);
        w.WriteString("time", request.Input.Time);
        w.WriteString("event", request.Input.Event);
        w.WriteString("ties", ties);
        NullableString(w, "strata", request.Input.Strata);
        NullableString(w, "cluster", request.Cluster);
        w.WriteNumber("n", n);
        w.WriteNumber("nevent", events);
        w.WriteNumber("n_dropped", input.Table.RowsDropped);
        StatsJson.Integers(w, "dropped_lines", input.Table.DroppedLines.ToArray());
        Number(w, "conf_level", level);
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, double value) => StatsJson.Number(w, name, value);

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values) => StatsJson.Numbers(w, name, values.ToArray());

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Test(Utf8JsonWriter w, string name, ChiSquareTest test)
    {
        w.WriteStartObject(name);
        TestFields(w, test);
        w.WriteEndObject();
    }

    private static void TestFields(Utf8JsonWriter w, ChiSquareTest test)
    {
        Number(w, "chisq", test.Statistic);
        w.WriteNumber("df", test.DegreesOfFreedom);
        Number(w, "p", test.P);
    }

    private static void Matrix(Utf8JsonWriter w, string name, CovarianceMatrix matrix)
    {
        w.WriteStartArray(name);
        foreach (var row in matrix.ToRows())
        {
            w.WriteStartArray();
            foreach (var v in row)
            {
                StatsJson.Value(w, v);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
