using SmnpcRepro.Analysis.Robustness;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels.Appendix;

/// <summary>Section 3: permutation beside asymptotic log-rank p-values.</summary>
/// <param name="Table">One row per factor.</param>
/// <param name="Relabellings">Monte Carlo relabellings per factor ("10,000").</param>
/// <param name="MaxExact">The largest number of relabellings enumerated exactly.</param>
/// <param name="Seed">The seed the per-factor seeds come from.</param>
/// <param name="Changes">Sentences naming each decision (entry, significance) that permutation changes; empty when none does.</param>
/// <param name="NearThreshold">Factors whose Monte Carlo p lies within two standard errors of a threshold, in words (empty when none).</param>
/// <param name="LargestDifference">The largest |permutation p − asymptotic p|, with its factor.</param>
public sealed record PermutationView(
    TableView Table,
    string Relabellings,
    string MaxExact,
    string Seed,
    IReadOnlyList<string> Changes,
    string NearThreshold,
    string LargestDifference)
{
    /// <summary>Builds the section from <paramref name="results"/>.</summary>
    public static PermutationView From(RobustnessResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var entry = results.Paper.Multivariate.Rule.Threshold;
        var significance = results.Profile.SignificanceLevel;
        var rows = results.PermutationLogRank.Select(r => new TableRowView(
            MarkdownText.Escape(r.Label),
            [
                Format.Count(r.Groups),
                $"{RobustnessFormat.ChiSquare(r.ChiSquare)} ({Format.Count(r.DegreesOfFreedom)})",
                Format.P(r.AsymptoticP),
                Format.P(r.PermutationP),
                r.Exact ? "exact" : "Monte Carlo",
                RobustnessFormat.Thousands(r.Relabellings),
                r.Exact ? "0" : RobustnessFormat.StandardError(r.MonteCarloStandardError),
            ],
            IsHeader: false)).ToArray();

        var changes = new List<string>();
        foreach (var r in results.PermutationLogRank.Where(r => !double.IsNaN(r.PermutationP)))
        {
            foreach (var (threshold, what) in new[] { (entry, "entry into the multivariate model"), (significance, "significance") })
            {
                if ((r.AsymptoticP <= threshold) != (r.PermutationP <= threshold))
                {
                    changes.Add($"{AppendixNames.InText(results.Paper.Plan, r.FactorKey)}: {what} at p ≤ {Format.Number(threshold)} ({Format.P(r.AsymptoticP)} asymptotic, {Format.P(r.PermutationP)} by permutation)");
                }
            }
        }

        var near = results.PermutationLogRank
            .Where(r => !r.Exact && !double.IsNaN(r.PermutationP) && new[] { entry, significance }.Any(t => Math.Abs(r.PermutationP - t) <= 2 * r.MonteCarloStandardError))
            .Select(r => AppendixNames.InText(results.Paper.Plan, r.FactorKey))
            .ToArray();
        var largest = results.PermutationLogRank
            .Where(r => !double.IsNaN(r.PermutationP))
            .OrderByDescending(r => Math.Abs(r.PermutationP - r.AsymptoticP))
            .FirstOrDefault();
        return new PermutationView(
            new TableView(
                "Log-rank p-values, asymptotic and by permutation",
                ["Factor", "Groups", "χ² (df)", "Asymptotic P", "Permutation P", "Method", "Relabellings", "Monte Carlo SE"],
                rows,
                []),
            RobustnessFormat.Thousands(results.Options.PermutationResamples),
            RobustnessFormat.Thousands(results.Options.MaxExactRelabellings),
            results.Options.PermutationSeed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            changes,
            near.Length == 0 ? string.Empty : TextList.Join(near),
            largest is null ? "NA" : $"{Format.Fixed(Math.Abs(largest.PermutationP - largest.AsymptoticP), 4)} ({AppendixNames.InText(results.Paper.Plan, largest.FactorKey)})");
    }
}
