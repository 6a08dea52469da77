using SmnpcRepro.Manuscript.Formatting;
using SmnpcRepro.Manuscript.Numbers;

namespace SmnpcRepro.Manuscript.Check;

/// <summary>
/// Compares the numbers a manuscript prints (<c>numbers.json</c>, committed) with the numbers a rebuild
/// prints: a number moved when its printed text differs (so only what a reader can see counts), a p-value
/// flipped when it crossed the significance level or the entry threshold (even if its print did not
/// change), a factor entered or left the multivariate model, a number is printed only now or no longer.
/// </summary>
public static class NumbersDiff
{
    /// <summary>The drift from <paramref name="committed"/> to <paramref name="rebuilt"/>.</summary>
    public static DriftResult Compare(NumbersFile committed, NumbersFile rebuilt)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var problems = new List<string>();
        if (!string.Equals(committed.Profile, rebuilt.Profile, StringComparison.Ordinal))
        {
            problems.Add($"Conventions: the manuscript was built under the {committed.Profile} profile, the check recomputed under {rebuilt.Profile}.");
        }

        var before = committed.Numbers.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var after = rebuilt.Numbers.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var drifts = new List<NumberDrift>();
        var compared = 0;
        foreach (var now in rebuilt.Numbers)
        {
            if (!before.TryGetValue(now.Id, out var then))
            {
                drifts.Add(new NumberDrift(now.Id, now.Where, null, now.Printed, []));
                continue;
            }

            compared++;
            var flips = Flips(then, now, rebuilt);
            if (flips.Count > 0 || !string.Equals(then.Printed, now.Printed, StringComparison.Ordinal))
            {
                drifts.Add(new NumberDrift(now.Id, now.Where, then.Printed, now.Printed, flips));
            }
        }

        drifts.AddRange(committed.Numbers.Where(n => !after.Contains(n.Id)).Select(n => new NumberDrift(n.Id, n.Where, n.Printed, null, [])));
        return new DriftResult(compared, drifts, Model(committed.MultivariateModel, rebuilt.MultivariateModel), problems);
    }

    private static List<string> Flips(ManuscriptNumber then, ManuscriptNumber now, NumbersFile rebuilt)
    {
        var flips = new List<string>();
        if (then.Significant is { } wasSignificant && now.Significant is { } isSignificant && wasSignificant != isSignificant)
        {
            flips.Add($"{(isSignificant ? "now" : "no longer")} significant at P ≤ {Format.Number(rebuilt.SignificanceLevel)}");
        }

        if (then.WithinEntryThreshold is { } wasWithin && now.WithinEntryThreshold is { } isWithin && wasWithin != isWithin)
        {
            flips.Add($"{(isWithin ? "now" : "no longer")} within the entry threshold P ≤ {Format.Number(rebuilt.EntryThreshold)}");
        }

        return flips;
    }

    private static List<ModelDrift> Model(ModelMembership committed, ModelMembership rebuilt)
    {
        var then = committed.Entered.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var now = rebuilt.Entered.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return rebuilt.Entered.Where(f => !then.Contains(f.Key)).Select(f => new ModelDrift(f.Key, f.Label, Entered: true))
            .Concat(committed.Entered.Where(f => !now.Contains(f.Key)).Select(f => new ModelDrift(f.Key, f.Label, Entered: false)))
            .ToList();
    }
}
