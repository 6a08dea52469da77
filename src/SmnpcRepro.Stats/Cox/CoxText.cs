using System.Globalization;
using System.Text;
using SmnpcRepro.Stats.Output;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Firth;

namespace SmnpcRepro.Stats.Cox;

/// <summary>The plain-text table of <c>smnpc stats cox</c> (without <c>--json</c>), laid out like R's <c>print(summary(fit))</c>.</summary>
public static class CoxText
{
    public static string Write(CoxRequest request, CoxInput input, CoxFit fit, ProportionalHazardsResult? zph)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fit);
        var s = new StringBuilder();
        Header(s, request, input, "coxph", fit.Ties == TieMethod.Efron ? "efron" : "breslow", fit.RowCount, fit.EventCount);
        var level = Pct(fit.ConfidenceLevel);
        var robust = fit.IsRobust;
        var table = new TextTable().Add("", "coef", "exp(coef)", "se(coef)", robust ? "robust se" : null, "z", "Pr(>|z|)", $"lower {level}", $"upper {level}");
        foreach (var c in fit.Coefficients)
        {
            table.Add(c.Name + (c.MayBeInfinite ? " (!)" : string.Empty), F(c.Coefficient), F(c.HazardRatio), F(c.StandardError), robust ? F(c.RobustStandardError ?? double.NaN) : null,
                F(c.Z), P(c.P), F(c.ConfidenceInterval.Lower), F(c.ConfidenceInterval.Upper));
        }

        table.AppendTo(s);

        s.AppendLine();
        s.AppendLine(Inv($"Concordance = {fit.Concordance.Concordance:0.000} (se = {fit.Concordance.StandardError:0.000})"));
        Test(s, "Likelihood ratio test", fit.LikelihoodRatioTest);
        Test(s, "Wald test", fit.WaldTest);
        Test(s, "Score (logrank) test", fit.ScoreTest);
        if (fit.RobustScoreTest is { } r)
        {
            Test(s, "Robust score test", r);
        }

        s.AppendLine(Inv($"Log-likelihood: null {fit.LogLikelihoodNull:0.###}, final {fit.LogLikelihoodFinal:0.###}; iterations {fit.Iterations}; events per variable {fit.EventsPerVariable:0.#}"));
        if (zph is not null)
        {
            s.AppendLine();
            s.AppendLine("Proportional hazards (cox.zph, transform = \"km\"):");
            foreach (var row in zph.Rows)
            {
                Test(s, "  " + row.Term, row.Test);
            }

            Test(s, "  GLOBAL", zph.Global);
        }

        Warnings(s, fit.Warnings);
        return s.ToString();
    }

    public static string WriteFirth(CoxRequest request, CoxInput input, FirthCoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fit);
        var s = new StringBuilder();
        Header(s, request, input, "coxphf (Firth penalized)", "breslow", fit.RowCount, fit.EventCount);
        s.AppendLine("Confidence intervals and p-values by " + fit.IntervalMethod);
        var level = fit.Coefficients.Count > 0 ? Pct(fit.Coefficients[0].ConfidenceInterval.Level) : "95%";
        var table = new TextTable().Add("", "coef", "se(coef)", "exp(coef)", $"lower {level}", $"upper {level}", "Chisq", "p");
        foreach (var c in fit.Coefficients)
        {
            table.Add(c.Name, F(c.Coefficient), F(c.StandardError), F(c.HazardRatio), F(c.ConfidenceInterval.Lower), F(c.ConfidenceInterval.Upper), F(c.ChiSquare), P(c.P));
        }

        table.AppendTo(s);

        s.AppendLine();
        Test(s, "Penalized likelihood ratio test", fit.LikelihoodRatioTest);
        Test(s, "Wald test", fit.WaldTest);
        Warnings(s, fit.Warnings);
        return s.ToString();
    }

    private static void Header(StringBuilder s, CoxRequest request, CoxInput input, string analysis, string ties, int n, int events)
    {
        var dropped = input.Table.RowsDropped;
        s.AppendLine(Inv($"{analysis}: Surv({request.Input.Time}, {request.Input.Event}) ~ {string.Join(" + ", request.Covariates.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}{(request.Input.Strata is null ? string.Empty : $" + strata({request.Input.Strata})")}  [ties = {ties}]"));
        s.AppendLine(Inv($"  n = {n}, number of events = {events}{(dropped > 0 ? $"  ({dropped} {(dropped == 1 ? "row" : "rows")} deleted due to missingness or blank)" : string.Empty)}"));
        s.AppendLine();
    }

    private static void Warnings(StringBuilder s, IReadOnlyList<string> warnings)
    {
        if (warnings.Count > 0)
        {
            s.AppendLine();
            foreach (var w in warnings)
            {
                s.AppendLine("Warning: " + w);
            }
        }
    }

    private static void Test(StringBuilder s, string name, ChiSquareTest t) =>
        s.AppendLine(Inv($"{name} = {t.Statistic:0.###} on {t.DegreesOfFreedom} df, p = {P(t.P)}"));

    private static string F(double v) => double.IsFinite(v) ? v.ToString("G6", CultureInfo.InvariantCulture) : "NA";

    private static string P(double v) => double.IsFinite(v) ? v.ToString(v < 1e-4 ? "0.00e+00" : "0.0000", CultureInfo.InvariantCulture) : "NA";

    private static string Pct(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Inv(FormattableString f) => f.ToString(CultureInfo.InvariantCulture);
}
