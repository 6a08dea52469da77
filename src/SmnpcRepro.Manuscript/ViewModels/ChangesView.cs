using SmnpcRepro.Manuscript.Check;
using SmnpcRepro.Manuscript.Formatting;

namespace SmnpcRepro.Manuscript.ViewModels;

/// <summary>Everything <c>changes.md.scriban</c> places: what one build changed in the printed manuscript.</summary>
/// <param name="Changed">Whether any printed number, significance or model membership changed.</param>
/// <param name="Summary">One sentence: how many numbers moved, flipped, entered or left.</param>
/// <param name="Conclusions">Conclusions of the paper that no longer hold, or now hold, in a reader's words.</param>
/// <param name="Flips">Significance flips, one line each.</param>
/// <param name="Model">Factors that entered or left the multivariate model.</param>
/// <param name="Groups">Every number that moved (old → new), grouped by table and section.</param>
/// <param name="Compared">How many printed numbers were compared.</param>
/// <param name="NumbersSha256">SHA-256 of the <c>numbers.json</c> this report leads to (the drift gate checks it).</param>
public sealed record ChangesModel(
    bool Changed,
    string Summary,
    IReadOnlyList<string> Conclusions,
    IReadOnlyList<string> Flips,
    IReadOnlyList<string> Model,
    IReadOnlyList<DriftSectionView> Groups,
    string Compared,
    string NumbersSha256);

/// <summary>Turns the difference between two builds' printed numbers into <see cref="ChangesModel"/>.</summary>
public static class ChangesView
{
    /// <summary>The view of <paramref name="drift"/>, the change that leads to the numbers file hashed as <paramref name="numbersSha256"/>.</summary>
    public static ChangesModel From(DriftResult drift, string numbersSha256)
    {
        ArgumentNullException.ThrowIfNull(drift);
        var groups = drift.Numbers
            .Where(n => n.Flips.Count > 0 || n.Before is null || n.After is null || !string.Equals(n.Before, n.After, StringComparison.Ordinal))
            .GroupBy(n => Section(n.Where))
            .Select(g => new DriftSectionView(g.Key, Format.Count(g.Count()), g.Select(Line).ToList()))
            .ToList();
        var changed = drift.HasDrift;
        return new ChangesModel(
            changed,
            Summary(drift),
            Conclusions(drift).ToList(),
            drift.Flipped.Select(Line).ToList(),
            drift.Model.Select(m => MarkdownText.Escape(m.Line)).ToList(),
            groups,
            Format.Count(drift.Compared),
            numbersSha256);
    }

    /// <summary>Where a reader finds a number, to the level of a table or a section: "Table 2", "Results, Survival".</summary>
    private static string Section(string where)
    {
        var parts = where.Split(", ");
        return parts[0].StartsWith("Table", StringComparison.Ordinal) || parts[0].StartsWith("Figure", StringComparison.Ordinal) || parts.Length < 2
            ? parts[0]
            : $"{parts[0]}, {parts[1]}";
    }

    private static string Line(NumberDrift drift) => $"{MarkdownText.Escape(drift.Line)} · {MarkdownText.Code(drift.Id)}";

    private static string Summary(DriftResult drift)
    {
        if (drift.Problems.Count > 0)
        {
            return string.Join(" ", drift.Problems);
        }

        if (!drift.HasDrift)
        {
            return "No printed number changed: the manuscript prints what it printed before.";
        }

        var moved = drift.Numbers.Count(n => n.Before is not null && n.After is not null && !string.Equals(n.Before, n.After, StringComparison.Ordinal));
        var parts = new List<string> { $"{Format.Count(moved)} printed number{(moved == 1 ? string.Empty : "s")} moved" };
        parts.Add($"{Format.Count(drift.Flipped.Count)} P value{(drift.Flipped.Count == 1 ? string.Empty : "s")} flipped");
        var entered = drift.Model.Count(m => m.Entered);
        var left = drift.Model.Count - entered;
        parts.Add($"{Format.Count(entered)} factor{(entered == 1 ? string.Empty : "s")} entered and {Format.Count(left)} left the multivariate model");
        var addedOrRemoved = drift.AddedOrRemoved.Count;
        if (addedOrRemoved > 0)
        {
            parts.Add($"{Format.Count(addedOrRemoved)} number{(addedOrRemoved == 1 ? " is" : "s are")} printed only now or no longer");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>
    /// The paper's conclusions as the numbers state them: a factor is an independent factor while its
    /// multivariate P is significant, a prognostic factor of the univariate screening while it enters the model.
    /// </summary>
    private static IEnumerable<string> Conclusions(DriftResult drift)
    {
        foreach (var n in drift.Numbers.Where(n => n.Id.StartsWith("table2.", StringComparison.Ordinal) && n.Id.EndsWith(".multivariate.p", StringComparison.Ordinal)))
        {
            var label = FactorLabel(n.Where);
            var wasSignificant = n.Before is not null && (n.Flips.Count == 0 ? n.After is null && n.Before.EndsWith('*') : n.Flips.Any(f => f.StartsWith("no longer significant", StringComparison.Ordinal)));
            var isSignificant = n.After is not null && (n.Flips.Count == 0 ? n.Before is null && n.After.EndsWith('*') : n.Flips.Any(f => f.StartsWith("now significant", StringComparison.Ordinal)));
            if (wasSignificant && !isSignificant)
            {
                yield return MarkdownText.Escape($"{label} is no longer an independent factor (multivariate P {n.Before} → {n.After ?? "not in the model"}).");
            }
            else if (isSignificant && !wasSignificant)
            {
                yield return MarkdownText.Escape($"{label} is now an independent factor (multivariate P {n.Before ?? "not in the model"} → {n.After}).");
            }
        }

        foreach (var m in drift.Model)
        {
            yield return MarkdownText.Escape(m.Entered
                ? $"{m.Label} now passes the univariate screening and enters the multivariate model."
                : $"{m.Label} no longer passes the univariate screening: it left the multivariate model.");
        }
    }

    private static string FactorLabel(string where)
    {
        var parts = where.Split(", ");
        return parts.Length > 1 ? parts[1] : where;
    }
}
