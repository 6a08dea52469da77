using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmnpcRepro.Survival.Cox;
using SmnpcRepro.Survival.Cox.Design;

namespace SmnpcRepro.Survival.Tests.Cox;

/// <summary>
/// Rebuilds the model of a fixture's R call, e.g.
/// <c>coxph(Surv(time, event) ~ age + sex + factor(ecog_grp), data = lung, ties = "efron", robust = TRUE)</c>:
/// <c>factor(v)</c> and the fixture's declared factors become factors (levels as the fixture's
/// <c>data_setup</c> sets them), everything else is numeric.
/// </summary>
internal static partial class RCoxCall
{
    public static (CoxData Data, CoxOptions Options) Parse(string call, FixtureTable table, JsonArray? factors)
    {
        var m = CallPattern().Match(call);
        Assert.True(m.Success, "Cannot parse R call " + call);
        var time = table.Numbers(m.Groups["time"].Value);
        var status = table.Numbers(m.Groups["event"].Value);
        var covariates = new List<CovariateSpec>();
        foreach (var raw in m.Groups["rhs"].Value.Split('+'))
        {
            var term = raw.Trim();
            var declared = factors?.FirstOrDefault(f => (string?)f!["term"] == term);
            var factorOf = FactorPattern().Match(term);
            if (factorOf.Success)
            {
                covariates.Add(CovariateSpec.Factor(term, table.Text(factorOf.Groups[1].Value)));
            }
            else if (declared is not null)
            {
                var levels = declared["levels"]!.AsArray().Select(l => (string)l!).ToArray();
                var values = table.Text(term);
                covariates.Add(CovariateSpec.Factor(term, FactorLevels.Encode(values, levels, term), levels, (string?)declared["reference"]));
            }
            else
            {
                covariates.Add(CovariateSpec.Numeric(term, table.Numbers(term)));
            }
        }

        var ties = m.Groups["ties"].Value switch
        {
            "breslow" => TieMethod.Breslow,
            "efron" => TieMethod.Efron,
            var other => throw new NotSupportedException("ties = " + other),
        };
        var options = new CoxOptions { Ties = ties, Robust = call.Contains("robust = TRUE", StringComparison.Ordinal) };
        return (new CoxData(time, status, covariates), options);
    }

    [GeneratedRegex("""Surv\((?<time>[^,]+), (?<event>[^)]+)\) ~ (?<rhs>[^,]+), data = \w+, ties = "(?<ties>\w+)"(, robust = TRUE)?\)""")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"^factor\(([^)]+)\)$")]
    private static partial Regex FactorPattern();
}
