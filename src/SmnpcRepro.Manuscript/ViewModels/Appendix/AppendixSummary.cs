using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>The appendix's findings in one sentence each, from the same results as its sections.</summary>
internal static class AppendixSummary
{
    public static IReadOnlyList<string> From(RobustnessResults results, FirthView firth, PermutationView permutation, ProportionalHazardsView proportionalHazards, TiesView ties)
    {
        var lines = new List<string> { EventsPerVariable(results) };
        var univariate = results.Firth.Univariate;
        lines.Add($"Firth's penalty changes an HR by at most {firth.LargestShift}; of the {Format.Count(univariate.Count)} univariate estimates, {Format.Count(univariate.Count(r => r.Stability == EstimateStability.Unstable))} are marked unstable and {Format.Count(univariate.Count(r => r.Stability == EstimateStability.Diverges))} diverge.");
        lines.Add($"Permutation log-rank p-values differ from the asymptotic ones by at most {permutation.LargestDifference}; "
            + (permutation.Changes.Count == 0 ? "no entry or significance decision changes." : $"decisions that change: {string.Join("; ", permutation.Changes)}."));
        if (proportionalHazards.HasModel)
        {
            lines.Add(proportionalHazards.Violations == "none"
                ? $"No term of the multivariate model has a proportional-hazards test with p ≤ {proportionalHazards.SignificanceLevel} (global {proportionalHazards.Global}; smallest: {proportionalHazards.Smallest}); with {proportionalHazards.Deaths} deaths the test has little power, so the plots matter as much."
                : $"The proportional-hazards test has p ≤ {proportionalHazards.SignificanceLevel} for {proportionalHazards.Violations} (global {proportionalHazards.Global}).");
        }

        var s = results.Selection;
        var entered = s.Factors.Where(f => f.EnteredOriginally).Select(f => $"{AppendixNames.InText(results.Paper.Plan, f.FactorKey)} in {RobustnessFormat.Share(f.Selected, s.Resamples)}").ToArray();
        var others = s.Factors.Where(f => !f.EnteredOriginally).OrderByDescending(f => f.Selected).FirstOrDefault();
        lines.Add($"Over {RobustnessFormat.Thousands(s.Resamples)} bootstrap resamples of the whole screening-and-model procedure, the factors selected on the data were selected again: "
            + (entered.Length == 0 ? "none" : TextList.Join(entered)) + " of resamples"
            + (others is null ? string.Empty : $" (the most frequent other factor, {AppendixNames.InText(results.Paper.Plan, others.FactorKey)}, in {RobustnessFormat.Share(others.Selected, s.Resamples)})")
            + $"; exactly the data's set was selected in {RobustnessFormat.Share(s.OriginalModelCount, s.Resamples)}, among {RobustnessFormat.Thousands(s.DistinctModels)} different sets.");
        lines.Add(ties.HasTies ? $"Breslow and Efron ties change an HR by at most {ties.LargestChange}; {ties.TiedDeaths}." : ties.NoTies);
        return lines;
    }

    private static string EventsPerVariable(RobustnessResults results)
    {
        var epv = results.EventsPerVariable;
        var univariate = epv.Models.Where(m => m.Kind == ModelKind.Univariate).ToArray();
        var screening = epv.Models.Single(m => m.Kind == ModelKind.Screening);
        var text = $"{Format.Count(results.Events)} deaths among {Format.Count(results.Patients)} patients give "
            + (univariate.Select(m => m.Value).Distinct().Count() == 1 ? RobustnessFormat.EventsPerVariable(univariate[0].Value) : $"{RobustnessFormat.EventsPerVariable(univariate.Min(m => m.Value))}–{RobustnessFormat.EventsPerVariable(univariate.Max(m => m.Value))}")
            + " events per variable in each univariate model";
        if (epv.Models.SingleOrDefault(m => m.Kind == ModelKind.Multivariate) is { } multivariate)
        {
            text += $", {RobustnessFormat.EventsPerVariable(multivariate.Value)} in the {Format.Count(multivariate.Parameters)}-factor multivariate model ({Meets(multivariate, epv.Thresholds)})";
        }

        return text + $", and {RobustnessFormat.EventsPerVariable(screening.Value)} per candidate once the screening of {Format.Count(screening.Parameters)} factors is counted.";
    }

    private static string Meets(EventsPerVariableRow row, IReadOnlyList<EventsPerVariableThreshold> thresholds)
    {
        var met = thresholds.Where(t => row.ThresholdsMet.Contains(t.MinimumEventsPerVariable)).Select(t => Format.Count(t.MinimumEventsPerVariable)).ToArray();
        var missed = thresholds.Where(t => !row.ThresholdsMet.Contains(t.MinimumEventsPerVariable)).Select(t => Format.Count(t.MinimumEventsPerVariable)).ToArray();
        return missed.Length == 0 ? "meeting every rule of thumb"
            : met.Length == 0 ? "below every rule of thumb"
            : $"at least {TextList.Join(met)} but below {TextList.Join(missed)}";
    }
}
