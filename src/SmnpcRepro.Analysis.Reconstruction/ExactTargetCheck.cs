using SmnpcRepro.Analysis.Tables;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reconstruction;

/// <summary>One exact target: the published value, the cohort's, and whether they agree at the printed precision.</summary>
/// <param name="Label">What it is.</param>
/// <param name="Source">Where it is in published.yaml.</param>
/// <param name="Published">The published value.</param>
/// <param name="Achieved">The cohort's value.</param>
/// <param name="Decimals">Printed decimals (0 for counts).</param>
public sealed record ExactTarget(string Label, string Source, double Published, double Achieved, int Decimals)
{
    /// <summary>Whether the cohort's value rounds to the published one.</summary>
    public bool Holds => Math.Round(Achieved, Decimals, MidpointRounding.AwayFromZero) == Math.Round(Published, Decimals, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The exact targets, checked on a finished cohort: every Table 1 count (through the analysis' cut-points),
/// the deaths, the synchronous count, the observed range, the age range and mean, the MIT range and
/// median, and the surgical groups' mean blood loss and operation time.
/// </summary>
public static class ExactTargetCheck
{
    /// <summary>Every exact target of <paramref name="targets"/> on <paramref name="cohort"/>.</summary>
    public static IReadOnlyList<ExactTarget> Check(SynthesisTargets targets, IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cohort);
        var checks = new List<ExactTarget>();
        var table = Table1.Build(cohort);
        foreach (var block in table.Blocks)
        {
            var expected = targets.Table1Counts[block.PaperKey];
            for (var l = 0; l < block.Levels.Count; l++)
            {
                var level = block.Levels[l];
                checks.Add(new ExactTarget($"Table 1, {block.Label}: {level.Label}", $"table1.characteristics.{block.PaperKey}.levels.{level.Key}.count", expected[l], level.Count, 0));
            }
        }

        checks.Add(new ExactTarget("Deaths", "text.results_survival.deaths.count", targets.Deaths, cohort.Count(p => p.Death), 0));
        checks.Add(new ExactTarget("Synchronous metastases", "text.results_patients.synchronous.count", targets.Synchronous, cohort.Count(p => p.MetastasisTiming == MetastasisTiming.Synchronous), 0));
        checks.Add(new ExactTarget("Shortest observed time (months)", "text.results_survival.os_range.min", targets.TimeMin, cohort.Min(p => p.OsMonths), 2));
        checks.Add(new ExactTarget("Longest observed time (months)", "text.results_survival.os_range.max", targets.TimeMax, cohort.Max(p => p.OsMonths), 2));
        checks.Add(new ExactTarget("Youngest (years)", "text.results_patients.age_range.min", targets.AgeMin, cohort.Min(p => p.Age), 0));
        checks.Add(new ExactTarget("Oldest (years)", "text.results_patients.age_range.max", targets.AgeMax, cohort.Max(p => p.Age), 0));
        checks.Add(new ExactTarget("Age, mean of whole years (printed as a median)", "text.results_patients.age_median.value", targets.AgeMean, cohort.Average(p => (double)p.Age), 2));
        checks.Add(new ExactTarget("MIT shortest (months)", "text.results_patients.mit_range.min", targets.MitMin, cohort.Min(p => p.Mit), 2));
        checks.Add(new ExactTarget("MIT longest (months)", "text.results_patients.mit_range.max", targets.MitMax, cohort.Max(p => p.Mit), 2));
        checks.Add(new ExactTarget("MIT median (months)", "text.results_patients.mit_median.value", targets.MitMedian, Median(cohort.Select(p => p.Mit)), 2));
        AddGroupMeans(checks, targets.BloodLoss, cohort, p => p.BloodLoss, "Blood loss", "blood_loss_mean", "mL");
        AddGroupMeans(checks, targets.OperationTime, cohort, p => p.OperationTime, "Operation time", "operation_time_mean", "min");
        return checks;
    }

    private static void AddGroupMeans(List<ExactTarget> checks, IReadOnlyList<GroupMean> means, IReadOnlyList<CohortRecord> cohort, Func<CohortRecord, int> value, string label, string key, string unit)
    {
        for (var g = 0; g < means.Count; g++)
        {
            var option = (SurgicalOption)(g + 1);
            var members = cohort.Where(p => p.SurgicalOption == option).ToArray();
            var decimals = PrintedDecimals.Decimals(means[g].Printed);
            var achieved = members.Length == 0 ? double.NaN : members.Average(p => (double)value(p));
            checks.Add(new ExactTarget($"{label}, {means[g].Group} mean ({unit})", $"text.results_surgery.{key}.values.{means[g].Group}", means[g].Mean, achieved, decimals));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
