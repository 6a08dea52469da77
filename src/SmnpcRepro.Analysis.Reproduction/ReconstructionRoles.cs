using SmnpcRepro.Analysis.Catalogue;
using SmnpcRepro.Analysis.Published;
using SmnpcRepro.Analysis.Reconstruction;
using SmnpcRepro.Cohort;

namespace SmnpcRepro.Analysis.Reproduction;

/// <summary>The reconstruction's targets as the reproduction report reads them: what it fixes exactly and what it fits.</summary>
public static class ReconstructionRoles
{
    /// <summary>The roles the reconstruction of <paramref name="cohort"/> from <paramref name="paper"/> (its targets read through <paramref name="catalogue"/>) gives its published numbers.</summary>
    public static ReproductionRoles From(PublishedPaper paper, PrintedNumberCatalogue catalogue, IReadOnlyList<CohortRecord> cohort)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(cohort);
        var exact = ExactTargetCheck.Check(SynthesisTargets.From(paper), cohort).Select(t => t.Source).ToHashSet(StringComparer.Ordinal);
        // The mean age is fixed (SynthesisTargets.AgeMean, the text's "median" of 46.33), and Table 1 prints it beside the age header.
        exact.Add("table1.characteristics.age.summary");
        var targets = ReconstructionTargets.From(paper, catalogue);
        var fitted = targets
            .Where(t => t.Weight > 0)
            .GroupBy(t => t.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(t => t.Weight), StringComparer.Ordinal);
        var judgements = targets
            .Where(t => t.Note.Length > 0)
            .GroupBy(t => t.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Note, StringComparer.Ordinal);
        // The selection targets hold each factor's log-rank P on its side of the entry threshold (their catalogue id).
        var constrained = targets
            .Where(t => t.Section == TargetSection.Selection && t.Quantity.Kind == MetricKind.LogRankP && t.Weight > 0)
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(t => t.Weight), StringComparer.Ordinal);
        return new ReproductionRoles(exact, fitted, judgements) { ConstrainedIds = constrained };
    }
}
