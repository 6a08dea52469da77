using SmnpcRepro.Analysis.Factors;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>The recomputed quantities the published numbers are compared with, each read from <see cref="PaperResults"/> (never recomputed here).</summary>
internal static class Recompute
{
    /// <summary>The three surgical groups as the YAML keys them, in the order of the cohort's surgical option.</summary>
    public static readonly IReadOnlyList<string> SurgicalGroups = ["en_bloc", "piecemeal", "debulking"];

    public const string TextPValueNote =
        "The Methods name the log-rank test for the univariate analysis, so a P value the text gives for a factor alone is compared with the log-rank P (Table 2's with the Cox model's Wald P).";

    public const string TablePValueNote =
        "Table 2 prints the Cox model's HR, so its P is compared with the Wald P of the same model (the text's with the log-rank P).";

    public static Resolution Patients(PaperResults r) => Resolution.Of(new Recomputed(r.Patients, QuantityKind.Count, "patients in the cohort"));

    public static Resolution Count(double value, string what, string note = "") => Resolution.Of(new Recomputed(value, QuantityKind.Count, what, note));

    public static Resolution Measure(double value, string what, string note = "") => Resolution.Of(new Recomputed(value, QuantityKind.Measure, what, note));

    public static Resolution Percent(PaperResults r, int count, string what, string note = "") =>
        Resolution.Of(new Recomputed(100.0 * count / r.Patients, QuantityKind.Percent, what, note));

    /// <summary>A Table 1 level's count (<paramref name="percent"/>: its percentage), or why there is none.</summary>
    public static Resolution Table1(PaperResults r, string block, string level, bool percent, string note = "")
    {
        var b = r.Table1.Blocks.FirstOrDefault(x => string.Equals(x.PaperKey, block, StringComparison.Ordinal));
        var l = b?.Levels.FirstOrDefault(x => string.Equals(x.Key, level, StringComparison.Ordinal));
        if (b is null || l is null)
        {
            return Resolution.None(Plan.PlanDeparture.Of(r.Plan, Plan.PlanDeparture.KeyOfPaperBlock(block)) ?? "The rebuilt Table 1 has no such row.");
        }

        note = WithDeparture(r, b.Key, note);

        return percent
            ? Resolution.Of(new Recomputed(100.0 * l.Count / r.Table1.Denominator, QuantityKind.Percent, $"Table 1: {b.Label}, {l.Label}, %", note))
            : Resolution.Of(new Recomputed(l.Count, QuantityKind.Count, $"Table 1: {b.Label}, {l.Label}, n", note));
    }

    public static Resolution LogRankP(PaperResults r, string factor, string note = TextPValueNote) =>
        !Known(r, factor) ? Unknown(r, factor) : LogRankPOf(r, factor, WithDeparture(r, factor, note));

    private static Resolution LogRankPOf(PaperResults r, string factor, string note) =>
        Resolution.Of(new Recomputed(r.Factor(factor).LogRankP, QuantityKind.PValue, $"log-rank P, {r.Factor(factor).Factor.Label}", note));

    public static Resolution CoxP(PaperResults r, string factor, string note = TablePValueNote) =>
        !Known(r, factor) ? Unknown(r, factor) : CoxPOf(r, factor, WithDeparture(r, factor, note));

    private static Resolution CoxPOf(PaperResults r, string factor, string note) =>
        Resolution.Of(new Recomputed(r.Factor(factor).Coefficient.P, QuantityKind.PValue, $"univariate Cox Wald P, {r.Factor(factor).Factor.Label}", note));

    /// <summary>A number of the multivariate model (<c>hr</c>, <c>ci_low</c>, <c>ci_high</c>, <c>p</c>) of <paramref name="factor"/>, or why there is none.</summary>
    public static Resolution Multivariate(PaperResults r, string factor, string field, string note = "")
    {
        if (!Known(r, factor))
        {
            return Unknown(r, factor);
        }

        note = WithDeparture(r, factor, note);
        var c = r.Multivariate.Coefficient(factor);
        if (c is null)
        {
            return Resolution.None($"{r.Factor(factor).Factor.Label} did not enter the rebuilt multivariate model: its log-rank P is above the entry threshold.");
        }

        var what = $"multivariate Cox, {r.Factor(factor).Factor.Label}";
        return field switch
        {
            "hr" => Resolution.Of(new Recomputed(c.HazardRatio, QuantityKind.HazardRatio, what + ", HR", note)),
            "ci_low" => Resolution.Of(new Recomputed(c.ConfidenceInterval.Lower, QuantityKind.HazardRatio, what + ", lower 95% limit", note)),
            "ci_high" => Resolution.Of(new Recomputed(c.ConfidenceInterval.Upper, QuantityKind.HazardRatio, what + ", upper 95% limit", note)),
            _ => Resolution.Of(new Recomputed(c.P, QuantityKind.PValue, what + ", Wald P", note)),
        };
    }

    /// <summary>A number of the univariate Cox model of <paramref name="factor"/> (<c>hr</c>, <c>ci_low</c>, <c>ci_high</c>, <c>p</c>).</summary>
    public static Resolution Univariate(PaperResults r, string factor, string field)
    {
        if (!Known(r, factor))
        {
            return Unknown(r, factor);
        }

        var note = WithDeparture(r, factor, string.Empty);
        var c = r.Factor(factor).Coefficient;
        var what = $"univariate Cox, {r.Factor(factor).Factor.Label}";
        return field switch
        {
            "hr" => Resolution.Of(new Recomputed(c.HazardRatio, QuantityKind.HazardRatio, what + ", HR", note)),
            "ci_low" => Resolution.Of(new Recomputed(c.ConfidenceInterval.Lower, QuantityKind.HazardRatio, what + ", lower 95% limit", note)),
            "ci_high" => Resolution.Of(new Recomputed(c.ConfidenceInterval.Upper, QuantityKind.HazardRatio, what + ", upper 95% limit", note)),
            _ => CoxP(r, factor),
        };
    }

    /// <summary>The Kaplan–Meier median of group <paramref name="group"/> (index into the factor's groups) of <paramref name="factor"/>.</summary>
    public static Resolution GroupMedian(PaperResults r, string factor, int group, string note = "")
    {
        if (!Known(r, factor))
        {
            return Unknown(r, factor);
        }

        note = WithDeparture(r, factor, note);
        var survival = r.Factor(factor).Survival;
        var label = survival.Factor.Groups[group];
        var median = survival.Medians.FirstOrDefault(m => string.Equals(m.Group, label, StringComparison.Ordinal));
        return median is null
            ? Resolution.None($"No patient of the rebuilt cohort is in the group {label}.")
            : Measure(median.Median, $"Kaplan–Meier median, {survival.Factor.Label} {label} ({r.Profile.Name} definition)", note);
    }

    private static bool Known(PaperResults r, string factor) => r.Plan.Factor(factor) is not null;

    private static Resolution Unknown(PaperResults r, string factor) =>
        Resolution.None(Plan.PlanDeparture.Of(r.Plan, factor) ?? $"'{factor}' is not a Table 2 factor of the rebuild.");

    /// <summary><paramref name="note"/>, preceded by how the study's plan departs from the paper for <paramref name="factor"/>, if it does.</summary>
    private static string WithDeparture(PaperResults r, string factor, string note) =>
        Plan.PlanDeparture.Of(r.Plan, factor) is { } departure ? (note.Length == 0 ? departure : departure + " " + note) : note;
}
