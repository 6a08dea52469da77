using SmnpcRepro.Analysis.Audit;
using SmnpcRepro.Analysis.Reproduction;
using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Analysis.Published;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>
/// Turns a <see cref="ReproductionResult"/> into the reproduction report: the tally, then per part of the
/// paper each published number beside the recomputed one rounded as the paper rounds it, its class, and the
/// difference in the units that suit it (Δ for counts and estimates, percentage points for percentages, the
/// ratio and Δ on the log scale for hazard ratios, the ratio and the thresholds crossed for p-values).
/// </summary>
public static class ReproductionReportView
{
    private static readonly IReadOnlyList<(PaperSection Section, string Title)> Sections =
    [
        (PaperSection.Table1, "Table 1"),
        (PaperSection.Table2, "Table 2"),
        (PaperSection.ResultsText, "Results text"),
        (PaperSection.Abstract, "Abstract"),
        (PaperSection.Discussion, "Discussion"),
        (PaperSection.Methods, "Methods"),
        (PaperSection.Introduction, "Introduction"),
        (PaperSection.Figure1, "Figure 1"),
    ];

    /// <summary>The view of <paramref name="result"/>, comparing <paramref name="published"/> with a rebuild from <paramref name="data"/>.</summary>
    public static ReproductionReportModel From(ReproductionResult result, DataFileProvenance published, DataFileProvenance data, DataOrigin origin = DataOrigin.Synthetic)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(data);
        var profile = result.Profile;
        var tolerance = Format.Number(100 * AgreementRule.RelativeTolerance);
        var factor = Format.Number(1 + AgreementRule.RelativeTolerance);
        var (sig, entry) = (Format.Number(profile.SignificanceLevel), Format.Number(profile.EntryThreshold));
        var counts = new List<ReproductionCountView>
        {
            new("Same", Format.Count(result.Count(Agreement.Same)), "Rounded as the paper prints it, the recomputed value is the print (or it satisfies a printed bound such as p > 0.1)."),
            new("Close", Format.Count(result.Count(Agreement.Close)), $"Not the same print, but within {tolerance}% (hazard ratios and their limits: within a factor {factor}); a P value on the same side of {sig} and of {entry} as the print."),
            new("Different", Format.Count(result.Count(Agreement.Different)), "Neither (including a median the rebuilt curve never reaches)."),
            new("No counterpart", Format.Count(result.Unmatched.Count), "Published numbers with nothing to recompute them from; listed at the end with the reason."),
        };
        var sections = Sections
            .Select(s => Section(s.Title, result.Compared.Where(c => c.Published.Section == s.Section).ToList(), sig, entry))
            .Where(s => s is not null)
            .Select(s => s!)
            .ToList();
        var model = result.Model.Select(m => new ReproductionModelRowView(
            m.Label,
            !m.Published ? "—" : m.PublishedEstimate ? "in the model (Table 2 prints its HR)" : "in the model as the text implies (no estimate printed)",
            m.Recomputed ? "in the model" : "—")).ToList();
        var unmatched = result.Unmatched
            .GroupBy(u => u.Reason, StringComparer.Ordinal)
            .Select(g => new ReproductionReasonView(
                MarkdownText.Escape(g.Key),
                Format.Count(g.Count()),
                g.Select(u => $"{MarkdownText.Escape(u.Published.Name)} ({MarkdownText.Code(u.Published.Printed.Text)})").ToList()))
            .ToList();
        return new ReproductionReportModel(
            published.Name,
            published.Sha256,
            data.Name,
            data.Sha256,
            profile.Name,
            sig,
            entry,
            tolerance,
            factor,
            counts,
            sections,
            model,
            $"log-rank P ≤ {entry}",
            unmatched,
            Format.Count(result.Unmatched.Count),
            DataNoticeView.From(origin))
        {
            Departures = result.Departures,
            HasRoles = result.Compared.Any(c => c.Role is not null),
            Roles = Roles(result),
            Evidence = Evidence(result),
            Differences = result.Compared.Where(c => c.Agreement == Agreement.Different).Select(c =>
                $"{MarkdownText.Escape(c.Published.Name)}: published {MarkdownText.Escape(c.Published.Printed.Text)}, rebuilt {MarkdownText.Escape(Recomputed(c))} — {MarkdownText.Escape(Cause(c))}").ToList(),
        };
    }

    private static readonly IReadOnlyList<(TargetRole Role, string Name, string Meaning)> RoleNames =
    [
        (TargetRole.Exact, "exact by construction", "The synthetic cohort was built to give these (counts, percentages of them, ranges, means): agreement proves nothing about the paper."),
        (TargetRole.Fitted, "fitted", "The reconstruction's search was scored on these (its weight in the row): agreement measures the fit, not the paper."),
        (TargetRole.NotTargeted, "not targeted", "The reconstruction did not aim at these: only they are evidence that the published aggregates hang together."),
    ];

    /// <summary>One line per role with its comparisons per class; empty when the data are not synthetic.</summary>
    private static IReadOnlyList<ReproductionRoleView> Roles(ReproductionResult result) =>
        result.Compared.Any(c => c.Role is not null)
            ? RoleNames.Select(r =>
            {
                var rows = result.Compared.Where(c => c.Role == r.Role).ToList();
                return new ReproductionRoleView(
                    r.Name,
                    Format.Count(rows.Count(c => c.Agreement == Agreement.Same)),
                    Format.Count(rows.Count(c => c.Agreement == Agreement.Close)),
                    Format.Count(rows.Count(c => c.Agreement == Agreement.Different)),
                    r.Meaning);
            }).ToList()
            : [];

    /// <summary>The not-targeted comparisons by name, the only ones that are evidence of reproducibility.</summary>
    private static string Evidence(ReproductionResult result)
    {
        var evidence = result.Compared.Where(c => c.Role == TargetRole.NotTargeted).ToList();
        return result.Compared.All(c => c.Role is null) ? string.Empty
            : evidence.Count == 0 ? "none"
            : $"{Format.Count(evidence.Count)}: " + string.Join("; ", evidence.Select(c => $"{MarkdownText.Escape(c.Published.Name)} ({c.Agreement.ToString().ToLowerInvariant()})"));
    }

    /// <summary>The likely cause of a difference: the reconstruction's judgement of the print, else the row's own note, else what its role implies.</summary>
    private static string Cause(NumberComparison c) =>
        c.Judgement.Length > 0 ? c.Judgement
        : c.Recomputed.Note.Length > 0 ? c.Recomputed.Note
        : c.Role switch
        {
            TargetRole.Fitted => "the reconstruction's fit did not reach it (the published numbers it was fitted to pull against each other).",
            TargetRole.Exact => "an exact target that no longer holds: the cohort was edited after the reconstruction.",
            TargetRole.NotTargeted => "not targeted by the reconstruction: the synthetic cohort need not give it.",
            _ => "the data give a different value.",
        };

    private static ReproductionSectionView? Section(string title, IReadOnlyList<NumberComparison> comparisons, string sig, string entry)
    {
        if (comparisons.Count == 0)
        {
            return null;
        }

        var notes = comparisons.Select(c => c.Recomputed.Note).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var groups = comparisons
            .GroupBy(c => c.Published.Subsection, StringComparer.Ordinal)
            .Select(g => new ReproductionGroupView(g.Key, g.Select(c => Row(c, notes, sig, entry)).ToList()))
            .ToList();
        var tally = string.Join(", ", new[] { (Agreement.Same, "same"), (Agreement.Close, "close"), (Agreement.Different, "different") }
            .Select(a => $"{Format.Count(comparisons.Count(c => c.Agreement == a.Item1))} {a.Item2}"));
        return new ReproductionSectionView(
            title,
            tally,
            groups,
            notes.Select((n, i) => $"[{Format.Count(i + 1)}] {MarkdownText.Escape(n)}").ToList());
    }

    private static ReproductionRowView Row(NumberComparison c, List<string> notes, string sig, string entry)
    {
        var note = c.Recomputed.Note.Length == 0 ? string.Empty : $" [{Format.Count(notes.IndexOf(c.Recomputed.Note) + 1)}]";
        return new ReproductionRowView(
            MarkdownText.Escape(c.Published.Name),
            MarkdownText.Code(c.Published.Path),
            MarkdownText.Escape(c.Published.Printed.Text),
            MarkdownText.Escape(Recomputed(c)),
            c.Agreement switch { Agreement.Same => "same", Agreement.Close => "close", _ => "**different**" },
            MarkdownText.Escape(Difference(c, sig, entry)),
            MarkdownText.Escape(c.Recomputed.What) + note)
        {
            Role = c.Role switch
            {
                TargetRole.Fitted => $"fitted (weight {Format.Number(c.Weight)})",
                TargetRole.Exact => "exact",
                TargetRole.NotTargeted => "not targeted",
                _ => string.Empty,
            },
        };
    }

    /// <summary>The recomputed value at the print's precision; a p-value that would round to zero as "&lt;0.01"-style bound.</summary>
    private static string Recomputed(NumberComparison c)
    {
        var value = c.Recomputed.Value;
        var printed = c.Published.Printed;
        if (double.IsNaN(value))
        {
            return c.Recomputed.Kind == QuantityKind.Measure ? "not reached" : "NA";
        }

        if (c.Recomputed.Kind == QuantityKind.PValue)
        {
            if (printed.Relation != PrintedRelation.Equal)
            {
                return Format.P(value);
            }

            var unit = Math.Pow(10, -printed.Decimals);
            if (Math.Round(value, printed.Decimals, MidpointRounding.AwayFromZero) == 0)
            {
                return "<" + Format.Fixed(unit, printed.Decimals);
            }
        }

        return Format.Fixed(value, printed.Decimals);
    }

    private static string Difference(NumberComparison c, string sig, string entry)
    {
        var d = c.Difference;
        var value = c.Recomputed.Value;
        var printed = c.Published.Printed;
        if (double.IsNaN(value))
        {
            return c.Recomputed.Kind == QuantityKind.Measure ? "the rebuilt curve never falls to 0.5" : "not estimable";
        }

        if (printed.Relation != PrintedRelation.Equal)
        {
            return c.Agreement == Agreement.Same ? $"within the bound {printed.Text}" : $"outside the bound {printed.Text}";
        }

        if (c.Agreement == Agreement.Same)
        {
            return "—";
        }

        var direction = d.Delta > 0 ? "higher" : "lower";
        var decimals = printed.Decimals;
        return c.Recomputed.Kind switch
        {
            QuantityKind.HazardRatio when d.Ratio is { } ratio =>
                $"{direction}: ×{Format.Fixed(ratio, 2)} (Δ ln HR {Signed(d.LogRatio!.Value, 2)})",
            QuantityKind.PValue =>
                $"{direction}: Δ {Signed(d.Delta, Math.Max(decimals, 3))}" + (d.Ratio is { } r ? $", ×{Format.Fixed(r, 2)}" : string.Empty) + "; " + Crossing(c, sig, entry),
            QuantityKind.Percent => $"{direction}: Δ {Signed(d.Delta, decimals)} percentage points",
            QuantityKind.Count => $"{direction}: Δ {Signed(d.Delta, 0)}" + (d.Relative is { } rc ? $" ({Signed(100 * rc, 0)}%)" : string.Empty),
            _ => $"{direction}: Δ {Signed(d.Delta, decimals)}" + (d.Relative is { } rel ? $" ({Signed(100 * rel, 0)}%)" : string.Empty),
        };
    }

    private static string Crossing(NumberComparison c, string sig, string entry)
    {
        var crossed = new List<string>();
        if (c.Difference.CrossesSignificance)
        {
            crossed.Add(sig);
        }

        if (c.Difference.CrossesEntry)
        {
            crossed.Add(entry);
        }

        return crossed.Count == 0 ? $"same side of {sig} and {entry}" : $"crosses {string.Join(" and ", crossed)}";
    }

    private static string Signed(double value, int decimals)
    {
        var text = Format.Fixed(Math.Abs(value), decimals);
        return Format.Fixed(0, decimals) == text ? text : (value > 0 ? "+" : "−") + text;
    }
}
